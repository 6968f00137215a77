package gazetteer

import "sync"

// Kinds of Organization.
const (
	KindUN                = "un"                // the United Nations and its principal organs
	KindUNAgency          = "un-agency"         // UN specialized agencies, funds, programmes, offices, commissions and related organizations
	KindUNMission         = "un-mission"        // UN peacekeeping and political missions
	KindIntergovernmental = "intergovernmental" // treaty-based regional and international organizations
	KindInstitution       = "institution"       // an organ of a regional organization (European Commission)
	KindFinancial         = "financial"         // development banks, funds and financial bodies
	KindForum             = "forum"             // informal groupings, dialogues and cooperation mechanisms (G20, BRICS)
	KindCourt             = "court"             // international courts and tribunals
	KindParliamentary     = "parliamentary"     // inter-parliamentary bodies
	KindNGO               = "ngo"               // non-governmental bodies and foundations
)

// Organization is an international body.
type Organization struct {
	// Name is the usual short name, the value extraction reports as an
	// official's organization: the acronym where one is usual (NATO, EU,
	// UN, ASEAN, WHO), otherwise the common short name (World Bank, Arab
	// League, G20).
	Name string
	// FullName is the full English name.
	FullName string
	// Acronym is the usual abbreviation, or "".
	Acronym string
	// Kind is one of the Kind constants.
	Kind string
	// Aliases are other unambiguous names (League of Arab States, the U.N.).
	Aliases []string
	// Parent is the Name of the organization this one is an organ of
	// (UN Security Council → UN, European Commission → EU), or "".
	Parent string
	// Country is, for a non-governmental body rooted in one country
	// (Munich Security Conference), the short name of that country: the
	// annotation conventions give such people their country, not the body.
	Country string
}

// organizationTable is written from general knowledge of international
// bodies (the UN system chart, regional organizations, development banks,
// standing forums); it names no body because a statement mentions it.
var organizationTable = []Organization{
	// The UN and its principal organs.
	{Name: "UN", FullName: "United Nations", Acronym: "UN", Kind: KindUN, Aliases: []string{"U.N.", "UNO", "United Nations Organization"}},
	{Name: "UN Security Council", FullName: "United Nations Security Council", Acronym: "UNSC", Kind: KindUN, Parent: "UN", Aliases: []string{"Security Council", "U.N. Security Council"}},
	{Name: "UN General Assembly", FullName: "United Nations General Assembly", Acronym: "UNGA", Kind: KindUN, Parent: "UN", Aliases: []string{"U.N. General Assembly"}},
	{Name: "ECOSOC", FullName: "United Nations Economic and Social Council", Acronym: "ECOSOC", Kind: KindUN, Parent: "UN", Aliases: []string{"Economic and Social Council", "UN Economic and Social Council"}},
	{Name: "UN Secretariat", FullName: "United Nations Secretariat", Kind: KindUN, Parent: "UN"},
	{Name: "UN Human Rights Council", FullName: "United Nations Human Rights Council", Acronym: "UNHRC", Kind: KindUN, Parent: "UN", Aliases: []string{"Human Rights Council", "HRC"}},
	{Name: "OHCHR", FullName: "Office of the United Nations High Commissioner for Human Rights", Acronym: "OHCHR", Kind: KindUNAgency, Parent: "UN", Aliases: []string{"UN Human Rights Office", "UN Human Rights"}},
	{Name: "ICJ", FullName: "International Court of Justice", Acronym: "ICJ", Kind: KindCourt, Parent: "UN", Aliases: []string{"World Court"}},
	{Name: "Conference on Disarmament", FullName: "Conference on Disarmament", Kind: KindForum, Parent: "UN"},
	{Name: "UN Peacebuilding Commission", FullName: "United Nations Peacebuilding Commission", Acronym: "PBC", Kind: KindUN, Parent: "UN", Aliases: []string{"Peacebuilding Commission"}},

	// UN specialized agencies and related organizations.
	{Name: "UNESCO", FullName: "United Nations Educational, Scientific and Cultural Organization", Acronym: "UNESCO", Kind: KindUNAgency},
	{Name: "WHO", FullName: "World Health Organization", Acronym: "WHO", Kind: KindUNAgency, Aliases: []string{"World Health Organisation"}},
	{Name: "FAO", FullName: "Food and Agriculture Organization of the United Nations", Acronym: "FAO", Kind: KindUNAgency, Aliases: []string{"Food and Agriculture Organization", "UN Food and Agriculture Organization"}},
	{Name: "ILO", FullName: "International Labour Organization", Acronym: "ILO", Kind: KindUNAgency, Aliases: []string{"International Labor Organization", "International Labour Organisation"}},
	{Name: "IAEA", FullName: "International Atomic Energy Agency", Acronym: "IAEA", Kind: KindUNAgency},
	{Name: "ICAO", FullName: "International Civil Aviation Organization", Acronym: "ICAO", Kind: KindUNAgency},
	{Name: "IMO", FullName: "International Maritime Organization", Acronym: "IMO", Kind: KindUNAgency},
	{Name: "ITU", FullName: "International Telecommunication Union", Acronym: "ITU", Kind: KindUNAgency},
	{Name: "UPU", FullName: "Universal Postal Union", Acronym: "UPU", Kind: KindUNAgency},
	{Name: "WIPO", FullName: "World Intellectual Property Organization", Acronym: "WIPO", Kind: KindUNAgency},
	{Name: "WMO", FullName: "World Meteorological Organization", Acronym: "WMO", Kind: KindUNAgency},
	{Name: "UNIDO", FullName: "United Nations Industrial Development Organization", Acronym: "UNIDO", Kind: KindUNAgency},
	{Name: "IFAD", FullName: "International Fund for Agricultural Development", Acronym: "IFAD", Kind: KindUNAgency},
	{Name: "UN Tourism", FullName: "World Tourism Organization", Acronym: "UNWTO", Kind: KindUNAgency, Aliases: []string{"UN World Tourism Organization", "United Nations World Tourism Organization"}},
	{Name: "IOM", FullName: "International Organization for Migration", Acronym: "IOM", Kind: KindUNAgency, Aliases: []string{"UN Migration"}},
	{Name: "OPCW", FullName: "Organisation for the Prohibition of Chemical Weapons", Acronym: "OPCW", Kind: KindIntergovernmental, Aliases: []string{"Organization for the Prohibition of Chemical Weapons"}},
	{Name: "CTBTO", FullName: "Comprehensive Nuclear-Test-Ban Treaty Organization", Acronym: "CTBTO", Kind: KindIntergovernmental, Aliases: []string{"CTBTO Preparatory Commission"}},
	{Name: "WTO", FullName: "World Trade Organization", Acronym: "WTO", Kind: KindIntergovernmental, Aliases: []string{"World Trade Organisation"}},
	{Name: "IMF", FullName: "International Monetary Fund", Acronym: "IMF", Kind: KindFinancial},
	{Name: "World Bank", FullName: "World Bank Group", Acronym: "WBG", Kind: KindFinancial, Aliases: []string{"International Bank for Reconstruction and Development", "IBRD"}},
	{Name: "IDA", FullName: "International Development Association", Acronym: "IDA", Kind: KindFinancial, Parent: "World Bank"},
	{Name: "IFC", FullName: "International Finance Corporation", Acronym: "IFC", Kind: KindFinancial, Parent: "World Bank"},
	{Name: "MIGA", FullName: "Multilateral Investment Guarantee Agency", Acronym: "MIGA", Kind: KindFinancial, Parent: "World Bank"},
	{Name: "WOAH", FullName: "World Organisation for Animal Health", Acronym: "WOAH", Kind: KindIntergovernmental, Aliases: []string{"World Organization for Animal Health"}},
	{Name: "WCO", FullName: "World Customs Organization", Acronym: "WCO", Kind: KindIntergovernmental},
	{Name: "ISA", FullName: "International Seabed Authority", Acronym: "ISA", Kind: KindIntergovernmental},
	{Name: "ITLOS", FullName: "International Tribunal for the Law of the Sea", Acronym: "ITLOS", Kind: KindCourt},
	{Name: "IRENA", FullName: "International Renewable Energy Agency", Acronym: "IRENA", Kind: KindIntergovernmental},
	{Name: "IEA", FullName: "International Energy Agency", Acronym: "IEA", Kind: KindIntergovernmental},
	{Name: "International Solar Alliance", FullName: "International Solar Alliance", Kind: KindIntergovernmental},
	{Name: "IPCC", FullName: "Intergovernmental Panel on Climate Change", Acronym: "IPCC", Kind: KindUNAgency},

	// UN funds, programmes, offices and regional commissions.
	{Name: "UNHCR", FullName: "Office of the United Nations High Commissioner for Refugees", Acronym: "UNHCR", Kind: KindUNAgency, Aliases: []string{"UN Refugee Agency", "UN High Commissioner for Refugees"}},
	{Name: "UNICEF", FullName: "United Nations Children's Fund", Acronym: "UNICEF", Kind: KindUNAgency},
	{Name: "UNDP", FullName: "United Nations Development Programme", Acronym: "UNDP", Kind: KindUNAgency, Aliases: []string{"United Nations Development Program", "UN Development Programme"}},
	{Name: "UNEP", FullName: "United Nations Environment Programme", Acronym: "UNEP", Kind: KindUNAgency, Aliases: []string{"UN Environment", "UN Environment Programme"}},
	{Name: "WFP", FullName: "World Food Programme", Acronym: "WFP", Kind: KindUNAgency, Aliases: []string{"World Food Program", "UN World Food Programme"}},
	{Name: "UNFPA", FullName: "United Nations Population Fund", Acronym: "UNFPA", Kind: KindUNAgency},
	{Name: "UN Women", FullName: "United Nations Entity for Gender Equality and the Empowerment of Women", Kind: KindUNAgency},
	{Name: "UN-Habitat", FullName: "United Nations Human Settlements Programme", Kind: KindUNAgency},
	{Name: "UNAIDS", FullName: "Joint United Nations Programme on HIV/AIDS", Acronym: "UNAIDS", Kind: KindUNAgency},
	{Name: "UNODC", FullName: "United Nations Office on Drugs and Crime", Acronym: "UNODC", Kind: KindUNAgency},
	{Name: "OCHA", FullName: "United Nations Office for the Coordination of Humanitarian Affairs", Acronym: "OCHA", Kind: KindUNAgency, Aliases: []string{"UNOCHA"}},
	{Name: "UNCTAD", FullName: "United Nations Conference on Trade and Development", Acronym: "UNCTAD", Kind: KindUNAgency},
	{Name: "UNOPS", FullName: "United Nations Office for Project Services", Acronym: "UNOPS", Kind: KindUNAgency},
	{Name: "UNRWA", FullName: "United Nations Relief and Works Agency for Palestine Refugees in the Near East", Acronym: "UNRWA", Kind: KindUNAgency},
	{Name: "UNFCCC", FullName: "United Nations Framework Convention on Climate Change", Acronym: "UNFCCC", Kind: KindUNAgency},
	{Name: "UNCCD", FullName: "United Nations Convention to Combat Desertification", Acronym: "UNCCD", Kind: KindUNAgency},
	{Name: "UNOCT", FullName: "United Nations Office of Counter-Terrorism", Acronym: "UNOCT", Kind: KindUNAgency},
	{Name: "UNODA", FullName: "United Nations Office for Disarmament Affairs", Acronym: "UNODA", Kind: KindUNAgency},
	{Name: "UNITAR", FullName: "United Nations Institute for Training and Research", Acronym: "UNITAR", Kind: KindUNAgency},
	{Name: "UNU", FullName: "United Nations University", Acronym: "UNU", Kind: KindUNAgency},
	{Name: "ITC", FullName: "International Trade Centre", Acronym: "ITC", Kind: KindUNAgency},
	{Name: "ESCAP", FullName: "United Nations Economic and Social Commission for Asia and the Pacific", Acronym: "ESCAP", Kind: KindUNAgency, Aliases: []string{"UNESCAP"}},
	{Name: "UNECA", FullName: "United Nations Economic Commission for Africa", Acronym: "UNECA", Kind: KindUNAgency},
	{Name: "UNECE", FullName: "United Nations Economic Commission for Europe", Acronym: "UNECE", Kind: KindUNAgency},
	{Name: "ECLAC", FullName: "Economic Commission for Latin America and the Caribbean", Acronym: "ECLAC", Kind: KindUNAgency, Aliases: []string{"CEPAL"}},
	{Name: "ESCWA", FullName: "United Nations Economic and Social Commission for Western Asia", Acronym: "ESCWA", Kind: KindUNAgency},

	// UN missions.
	{Name: "UNAMA", FullName: "United Nations Assistance Mission in Afghanistan", Acronym: "UNAMA", Kind: KindUNMission, Parent: "UN"},
	{Name: "UNAMI", FullName: "United Nations Assistance Mission for Iraq", Acronym: "UNAMI", Kind: KindUNMission, Parent: "UN"},
	{Name: "UNIFIL", FullName: "United Nations Interim Force in Lebanon", Acronym: "UNIFIL", Kind: KindUNMission, Parent: "UN"},
	{Name: "UNMISS", FullName: "United Nations Mission in South Sudan", Acronym: "UNMISS", Kind: KindUNMission, Parent: "UN"},
	{Name: "MONUSCO", FullName: "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo", Acronym: "MONUSCO", Kind: KindUNMission, Parent: "UN"},
	{Name: "UNSMIL", FullName: "United Nations Support Mission in Libya", Acronym: "UNSMIL", Kind: KindUNMission, Parent: "UN"},
	{Name: "UNFICYP", FullName: "United Nations Peacekeeping Force in Cyprus", Acronym: "UNFICYP", Kind: KindUNMission, Parent: "UN"},
	{Name: "UNTSO", FullName: "United Nations Truce Supervision Organization", Acronym: "UNTSO", Kind: KindUNMission, Parent: "UN"},

	// Courts.
	{Name: "ICC", FullName: "International Criminal Court", Acronym: "ICC", Kind: KindCourt},
	{Name: "PCA", FullName: "Permanent Court of Arbitration", Acronym: "PCA", Kind: KindCourt},
	{Name: "CJEU", FullName: "Court of Justice of the European Union", Acronym: "CJEU", Kind: KindCourt, Parent: "EU", Aliases: []string{"European Court of Justice", "ECJ"}},
	{Name: "European Court of Human Rights", FullName: "European Court of Human Rights", Acronym: "ECtHR", Kind: KindCourt, Parent: "Council of Europe", Aliases: []string{"ECHR"}},

	// Europe and the North Atlantic.
	{Name: "EU", FullName: "European Union", Acronym: "EU", Kind: KindIntergovernmental, Aliases: []string{"E.U."}},
	{Name: "European Commission", FullName: "European Commission", Kind: KindInstitution, Parent: "EU", Aliases: []string{"EU Commission", "Commission of the European Union"}},
	{Name: "European Council", FullName: "European Council", Kind: KindInstitution, Parent: "EU"},
	{Name: "Council of the EU", FullName: "Council of the European Union", Kind: KindInstitution, Parent: "EU", Aliases: []string{"Council of the European Union", "Council of Ministers of the European Union"}},
	{Name: "European Parliament", FullName: "European Parliament", Kind: KindInstitution, Parent: "EU", Aliases: []string{"EU Parliament"}},
	{Name: "EEAS", FullName: "European External Action Service", Acronym: "EEAS", Kind: KindInstitution, Parent: "EU"},
	{Name: "ECB", FullName: "European Central Bank", Acronym: "ECB", Kind: KindFinancial, Parent: "EU"},
	{Name: "EIB", FullName: "European Investment Bank", Acronym: "EIB", Kind: KindFinancial, Parent: "EU"},
	{Name: "Frontex", FullName: "European Border and Coast Guard Agency", Kind: KindInstitution, Parent: "EU"},
	{Name: "Europol", FullName: "European Union Agency for Law Enforcement Cooperation", Kind: KindInstitution, Parent: "EU"},
	{Name: "Council of Europe", FullName: "Council of Europe", Acronym: "CoE", Kind: KindIntergovernmental},
	{Name: "PACE", FullName: "Parliamentary Assembly of the Council of Europe", Acronym: "PACE", Kind: KindParliamentary, Parent: "Council of Europe"},
	{Name: "OSCE", FullName: "Organization for Security and Co-operation in Europe", Acronym: "OSCE", Kind: KindIntergovernmental, Aliases: []string{"Organization for Security and Cooperation in Europe", "Organisation for Security and Co-operation in Europe"}},
	{Name: "NATO", FullName: "North Atlantic Treaty Organization", Acronym: "NATO", Kind: KindIntergovernmental, Aliases: []string{"North Atlantic Treaty Organisation", "North Atlantic Alliance", "OTAN"}},
	{Name: "EFTA", FullName: "European Free Trade Association", Acronym: "EFTA", Kind: KindIntergovernmental},
	{Name: "Benelux", FullName: "Benelux Union", Kind: KindIntergovernmental},
	{Name: "Nordic Council", FullName: "Nordic Council", Kind: KindParliamentary, Aliases: []string{"Nordic Council of Ministers"}},
	{Name: "Visegrad Group", FullName: "Visegrad Group", Acronym: "V4", Kind: KindForum, Aliases: []string{"Visegrád Group", "Visegrad Four"}},
	{Name: "Council of the Baltic Sea States", FullName: "Council of the Baltic Sea States", Acronym: "CBSS", Kind: KindIntergovernmental},
	{Name: "Central European Initiative", FullName: "Central European Initiative", Acronym: "CEI", Kind: KindIntergovernmental},
	{Name: "SEECP", FullName: "South-East European Cooperation Process", Acronym: "SEECP", Kind: KindForum, Aliases: []string{"South East European Cooperation Process"}},
	{Name: "BSEC", FullName: "Organization of the Black Sea Economic Cooperation", Acronym: "BSEC", Kind: KindIntergovernmental, Aliases: []string{"Black Sea Economic Cooperation"}},
	{Name: "Union for the Mediterranean", FullName: "Union for the Mediterranean", Acronym: "UfM", Kind: KindIntergovernmental},
	{Name: "Arctic Council", FullName: "Arctic Council", Kind: KindForum},
	{Name: "CERN", FullName: "European Organization for Nuclear Research", Acronym: "CERN", Kind: KindIntergovernmental},
	{Name: "ESA", FullName: "European Space Agency", Acronym: "ESA", Kind: KindIntergovernmental},
	{Name: "EBRD", FullName: "European Bank for Reconstruction and Development", Acronym: "EBRD", Kind: KindFinancial},

	// Eurasia.
	{Name: "CIS", FullName: "Commonwealth of Independent States", Acronym: "CIS", Kind: KindIntergovernmental},
	{Name: "CSTO", FullName: "Collective Security Treaty Organization", Acronym: "CSTO", Kind: KindIntergovernmental, Aliases: []string{"Collective Security Treaty Organisation"}},
	{Name: "EAEU", FullName: "Eurasian Economic Union", Acronym: "EAEU", Kind: KindIntergovernmental, Aliases: []string{"EEU"}},
	{Name: "Eurasian Economic Commission", FullName: "Eurasian Economic Commission", Kind: KindInstitution, Parent: "EAEU"},
	{Name: "Eurasian Development Bank", FullName: "Eurasian Development Bank", Acronym: "EDB", Kind: KindFinancial},
	{Name: "SCO", FullName: "Shanghai Cooperation Organization", Acronym: "SCO", Kind: KindIntergovernmental, Aliases: []string{"Shanghai Cooperation Organisation"}},
	{Name: "CICA", FullName: "Conference on Interaction and Confidence-Building Measures in Asia", Acronym: "CICA", Kind: KindForum},
	{Name: "CAREC", FullName: "Central Asia Regional Economic Cooperation Program", Acronym: "CAREC", Kind: KindForum, Aliases: []string{"Central Asia Regional Economic Cooperation"}},
	{Name: "ECO", FullName: "Economic Cooperation Organization", Acronym: "ECO", Kind: KindIntergovernmental},
	{Name: "Organization of Turkic States", FullName: "Organization of Turkic States", Acronym: "OTS", Kind: KindIntergovernmental, Aliases: []string{"Turkic Council"}},

	// Asia and the Pacific.
	{Name: "ASEAN", FullName: "Association of Southeast Asian Nations", Acronym: "ASEAN", Kind: KindIntergovernmental, Aliases: []string{"Association of South-East Asian Nations", "ASEAN Secretariat"}},
	{Name: "ASEAN Regional Forum", FullName: "ASEAN Regional Forum", Acronym: "ARF", Kind: KindForum},
	{Name: "ASEAN Plus Three", FullName: "ASEAN Plus Three", Acronym: "APT", Kind: KindForum, Aliases: []string{"ASEAN+3", "10+3"}},
	{Name: "East Asia Summit", FullName: "East Asia Summit", Acronym: "EAS", Kind: KindForum},
	{Name: "APEC", FullName: "Asia-Pacific Economic Cooperation", Acronym: "APEC", Kind: KindForum},
	{Name: "ASEM", FullName: "Asia-Europe Meeting", Acronym: "ASEM", Kind: KindForum},
	{Name: "ACD", FullName: "Asia Cooperation Dialogue", Acronym: "ACD", Kind: KindForum},
	{Name: "SAARC", FullName: "South Asian Association for Regional Cooperation", Acronym: "SAARC", Kind: KindIntergovernmental},
	{Name: "BIMSTEC", FullName: "Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", Acronym: "BIMSTEC", Kind: KindIntergovernmental},
	{Name: "IORA", FullName: "Indian Ocean Rim Association", Acronym: "IORA", Kind: KindIntergovernmental},
	{Name: "Lancang-Mekong Cooperation", FullName: "Lancang-Mekong Cooperation", Acronym: "LMC", Kind: KindForum},
	{Name: "Mekong River Commission", FullName: "Mekong River Commission", Acronym: "MRC", Kind: KindIntergovernmental},
	{Name: "Pacific Islands Forum", FullName: "Pacific Islands Forum", Acronym: "PIF", Kind: KindIntergovernmental, Aliases: []string{"Pacific Islands Forum Secretariat"}},
	{Name: "Pacific Community", FullName: "Pacific Community", Acronym: "SPC", Kind: KindIntergovernmental, Aliases: []string{"Secretariat of the Pacific Community"}},
	{Name: "Quad", FullName: "Quadrilateral Security Dialogue", Kind: KindForum},
	{Name: "AUKUS", FullName: "AUKUS", Acronym: "AUKUS", Kind: KindForum},
	{Name: "ADB", FullName: "Asian Development Bank", Acronym: "ADB", Kind: KindFinancial},
	{Name: "AIIB", FullName: "Asian Infrastructure Investment Bank", Acronym: "AIIB", Kind: KindFinancial},

	// Middle East and the Islamic world.
	{Name: "Arab League", FullName: "League of Arab States", Acronym: "LAS", Kind: KindIntergovernmental, Aliases: []string{"League of Arab States"}},
	{Name: "GCC", FullName: "Cooperation Council for the Arab States of the Gulf", Acronym: "GCC", Kind: KindIntergovernmental, Aliases: []string{"Gulf Cooperation Council"}},
	{Name: "OIC", FullName: "Organisation of Islamic Cooperation", Acronym: "OIC", Kind: KindIntergovernmental, Aliases: []string{"Organization of Islamic Cooperation", "Organisation of the Islamic Conference"}},
	{Name: "OPEC", FullName: "Organization of the Petroleum Exporting Countries", Acronym: "OPEC", Kind: KindIntergovernmental},
	{Name: "OAPEC", FullName: "Organization of Arab Petroleum Exporting Countries", Acronym: "OAPEC", Kind: KindIntergovernmental},
	{Name: "IsDB", FullName: "Islamic Development Bank", Acronym: "IsDB", Kind: KindFinancial},
	{Name: "Arab Maghreb Union", FullName: "Arab Maghreb Union", Acronym: "AMU", Kind: KindIntergovernmental},

	// Africa.
	{Name: "AU", FullName: "African Union", Acronym: "AU", Kind: KindIntergovernmental},
	{Name: "African Union Commission", FullName: "African Union Commission", Acronym: "AUC", Kind: KindInstitution, Parent: "AU", Aliases: []string{"AU Commission"}},
	{Name: "ECOWAS", FullName: "Economic Community of West African States", Acronym: "ECOWAS", Kind: KindIntergovernmental},
	{Name: "SADC", FullName: "Southern African Development Community", Acronym: "SADC", Kind: KindIntergovernmental},
	{Name: "EAC", FullName: "East African Community", Acronym: "EAC", Kind: KindIntergovernmental},
	{Name: "IGAD", FullName: "Intergovernmental Authority on Development", Acronym: "IGAD", Kind: KindIntergovernmental},
	{Name: "COMESA", FullName: "Common Market for Eastern and Southern Africa", Acronym: "COMESA", Kind: KindIntergovernmental},
	{Name: "ECCAS", FullName: "Economic Community of Central African States", Acronym: "ECCAS", Kind: KindIntergovernmental},
	{Name: "CEN-SAD", FullName: "Community of Sahel-Saharan States", Kind: KindIntergovernmental},
	{Name: "G5 Sahel", FullName: "G5 Sahel", Kind: KindIntergovernmental},
	{Name: "Alliance of Sahel States", FullName: "Alliance of Sahel States", Acronym: "AES", Kind: KindIntergovernmental},
	{Name: "AfCFTA Secretariat", FullName: "African Continental Free Trade Area Secretariat", Kind: KindInstitution, Parent: "AU"},
	{Name: "AfDB", FullName: "African Development Bank", Acronym: "AfDB", Kind: KindFinancial, Aliases: []string{"African Development Bank Group"}},
	{Name: "Afreximbank", FullName: "African Export-Import Bank", Kind: KindFinancial},
	{Name: "FOCAC", FullName: "Forum on China-Africa Cooperation", Acronym: "FOCAC", Kind: KindForum},

	// The Americas.
	{Name: "OAS", FullName: "Organization of American States", Acronym: "OAS", Kind: KindIntergovernmental},
	{Name: "CARICOM", FullName: "Caribbean Community", Acronym: "CARICOM", Kind: KindIntergovernmental},
	{Name: "CELAC", FullName: "Community of Latin American and Caribbean States", Acronym: "CELAC", Kind: KindForum},
	{Name: "China-CELAC Forum", FullName: "China-CELAC Forum", Kind: KindForum},
	{Name: "Mercosur", FullName: "Southern Common Market", Acronym: "MERCOSUR", Kind: KindIntergovernmental, Aliases: []string{"Mercosul"}},
	{Name: "Andean Community", FullName: "Andean Community", Acronym: "CAN", Kind: KindIntergovernmental},
	{Name: "SICA", FullName: "Central American Integration System", Acronym: "SICA", Kind: KindIntergovernmental},
	{Name: "ALBA", FullName: "Bolivarian Alliance for the Peoples of Our America", Acronym: "ALBA", Kind: KindIntergovernmental, Aliases: []string{"ALBA-TCP"}},
	{Name: "Pacific Alliance", FullName: "Pacific Alliance", Kind: KindIntergovernmental},
	{Name: "UNASUR", FullName: "Union of South American Nations", Acronym: "UNASUR", Kind: KindIntergovernmental},
	{Name: "OECS", FullName: "Organisation of Eastern Caribbean States", Acronym: "OECS", Kind: KindIntergovernmental},
	{Name: "IDB", FullName: "Inter-American Development Bank", Acronym: "IDB", Kind: KindFinancial, Aliases: []string{"IADB"}},
	{Name: "CAF", FullName: "Development Bank of Latin America and the Caribbean", Acronym: "CAF", Kind: KindFinancial},
	{Name: "Caribbean Development Bank", FullName: "Caribbean Development Bank", Acronym: "CDB", Kind: KindFinancial},

	// Global groupings and other bodies.
	{Name: "G7", FullName: "Group of Seven", Acronym: "G7", Kind: KindForum, Aliases: []string{"G-7"}},
	{Name: "G8", FullName: "Group of Eight", Acronym: "G8", Kind: KindForum, Aliases: []string{"G-8"}},
	{Name: "G20", FullName: "Group of Twenty", Acronym: "G20", Kind: KindForum, Aliases: []string{"G-20"}},
	{Name: "G77", FullName: "Group of 77", Acronym: "G77", Kind: KindForum, Aliases: []string{"G-77", "Group of 77 and China", "G77 and China"}},
	{Name: "BRICS", FullName: "BRICS", Acronym: "BRICS", Kind: KindForum},
	{Name: "NAM", FullName: "Non-Aligned Movement", Acronym: "NAM", Kind: KindForum},
	{Name: "Commonwealth", FullName: "Commonwealth of Nations", Kind: KindIntergovernmental, Aliases: []string{"Commonwealth Secretariat"}},
	{Name: "Francophonie", FullName: "Organisation internationale de la Francophonie", Acronym: "OIF", Kind: KindIntergovernmental, Aliases: []string{"International Organisation of La Francophonie", "La Francophonie"}},
	{Name: "CPLP", FullName: "Community of Portuguese Language Countries", Acronym: "CPLP", Kind: KindIntergovernmental},
	{Name: "OECD", FullName: "Organisation for Economic Co-operation and Development", Acronym: "OECD", Kind: KindIntergovernmental, Aliases: []string{"Organization for Economic Cooperation and Development"}},
	{Name: "NDB", FullName: "New Development Bank", Acronym: "NDB", Kind: KindFinancial, Aliases: []string{"BRICS Bank"}},
	{Name: "BIS", FullName: "Bank for International Settlements", Acronym: "BIS", Kind: KindFinancial},
	{Name: "FATF", FullName: "Financial Action Task Force", Acronym: "FATF", Kind: KindIntergovernmental},
	{Name: "GEF", FullName: "Global Environment Facility", Acronym: "GEF", Kind: KindFinancial},
	{Name: "Global Fund", FullName: "Global Fund to Fight AIDS, Tuberculosis and Malaria", Kind: KindFinancial},
	{Name: "Gavi", FullName: "Gavi, the Vaccine Alliance", Kind: KindNGO, Aliases: []string{"GAVI"}},
	{Name: "Interpol", FullName: "International Criminal Police Organization", Kind: KindIntergovernmental, Aliases: []string{"INTERPOL", "ICPO"}},
	{Name: "NSG", FullName: "Nuclear Suppliers Group", Acronym: "NSG", Kind: KindForum},
	{Name: "IPU", FullName: "Inter-Parliamentary Union", Acronym: "IPU", Kind: KindParliamentary},
	{Name: "ICRC", FullName: "International Committee of the Red Cross", Acronym: "ICRC", Kind: KindNGO},
	{Name: "IFRC", FullName: "International Federation of Red Cross and Red Crescent Societies", Acronym: "IFRC", Kind: KindNGO},
	{Name: "IOC", FullName: "International Olympic Committee", Acronym: "IOC", Kind: KindNGO},
	{Name: "WADA", FullName: "World Anti-Doping Agency", Acronym: "WADA", Kind: KindNGO},
	{Name: "Amnesty International", FullName: "Amnesty International", Kind: KindNGO},
	{Name: "Human Rights Watch", FullName: "Human Rights Watch", Acronym: "HRW", Kind: KindNGO},
	{Name: "MSF", FullName: "Médecins Sans Frontières", Acronym: "MSF", Kind: KindNGO, Aliases: []string{"Doctors Without Borders", "Medecins Sans Frontieres"}},
	{Name: "World Economic Forum", FullName: "World Economic Forum", Acronym: "WEF", Kind: KindNGO, Country: "Switzerland"},
	{Name: "Munich Security Conference", FullName: "Munich Security Conference", Acronym: "MSC", Kind: KindNGO, Country: "Germany"},
	{Name: "Boao Forum for Asia", FullName: "Boao Forum for Asia", Acronym: "BFA", Kind: KindNGO, Country: "China"},
	{Name: "Valdai Discussion Club", FullName: "Valdai International Discussion Club", Kind: KindNGO, Country: "Russia", Aliases: []string{"Valdai Club"}},
	{Name: "Gates Foundation", FullName: "Bill & Melinda Gates Foundation", Kind: KindNGO, Country: "United States", Aliases: []string{"Bill and Melinda Gates Foundation"}},
}

type organizationIndex struct {
	all []Organization
	idx index
}

var (
	organizationsOnce sync.Once
	organizationsData *organizationIndex
)

func organizations() *organizationIndex {
	organizationsOnce.Do(func() {
		t := &organizationIndex{all: organizationTable, idx: newIndex(len(organizationTable) * 4)}
		// Names and acronyms before aliases, so no alias can shadow
		// another body's own name.
		for i, o := range t.all {
			t.idx.add(o.Name, i)
			t.idx.add(o.Acronym, i)
			t.idx.add(o.FullName, i)
		}
		for i, o := range t.all {
			for _, a := range o.Aliases {
				t.idx.add(a, i)
			}
		}
		organizationsData = t
	})
	return organizationsData
}

// Organizations returns every international organization known, grouped by
// region and kind.
func Organizations() []Organization {
	return append([]Organization(nil), organizations().all...)
}

// LookupOrganization finds an organization by name, full name, acronym or
// alias ("NATO", "Nato", "the North Atlantic Treaty Organization", "the
// U.N."). Acronyms match only in capitals (or title case from four
// letters), so "who" is not the WHO.
func LookupOrganization(s string) (Organization, bool) {
	t := organizations()
	if i, ok := t.idx.lookup(s); ok {
		return t.all[i], true
	}
	return Organization{}, false
}
