# Multi-stage build of the diplograph binary, used by docker-compose.yml.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags "-s -w" -o /out/diplograph ./cmd/diplograph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/diplograph /usr/local/bin/diplograph
COPY demo /demo
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/diplograph"]
CMD ["serve"]
