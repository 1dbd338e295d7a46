/// Vocabulary for generated specifications, grouped by occupational family so a class's
/// duties, knowledge and titles read like one field of work.
enum SpecWordLists {
    struct Family {
        var name: String
        var occupations: [String]
        var objects: [String]
        var subjects: [String]
    }

    static let families: [Family] = [
        Family(name: "finance", occupations: ["Accounting Technician", "Accountant", "Budget Analyst", "Payroll Specialist",
                                              "Buyer", "Revenue Collector", "Auditor", "Treasury Analyst", "Billing Specialist"],
               objects: ["journal entries", "account reconciliations", "purchase orders", "vendor invoices", "payroll registers",
                         "budget transfers", "cash receipts", "grant claims", "utility billing adjustments", "fixed asset records"],
               subjects: ["governmental accounting", "fund accounting", "generally accepted accounting principles",
                          "municipal budgeting", "payroll law", "purchasing regulations", "internal controls"]),
        Family(name: "public works", occupations: ["Maintenance Worker", "Equipment Operator", "Civil Engineer",
                                                   "Engineering Technician", "Traffic Signal Technician", "Fleet Mechanic",
                                                   "Street Sweeper Operator", "Construction Inspector"],
               objects: ["street repairs", "storm drain inspections", "traffic control plans", "work orders",
                         "equipment maintenance logs", "right-of-way permits", "construction drawings", "pavement surveys"],
               subjects: ["road maintenance methods", "occupational safety rules", "construction standards",
                          "hydraulics", "traffic engineering", "equipment operation"]),
        Family(name: "information technology", occupations: ["Systems Analyst", "Network Administrator", "Database Administrator",
                                                             "Help Desk Technician", "GIS Analyst", "Programmer Analyst",
                                                             "Information Security Analyst"],
               objects: ["user accounts", "network devices", "database backups", "service requests", "software releases",
                         "security incidents", "map layers", "system documentation"],
               subjects: ["network protocols", "relational databases", "information security", "geographic information systems",
                          "software development life cycles", "end-user support practices"]),
        Family(name: "public safety", occupations: ["Police Records Specialist", "Dispatcher", "Code Enforcement Officer",
                                                    "Fire Inspector", "Emergency Services Coordinator", "Animal Control Officer",
                                                    "Community Service Officer"],
               objects: ["incident reports", "emergency calls", "inspection reports", "citations", "evidence logs",
                         "mutual aid agreements", "warrant records"],
               subjects: ["criminal justice records", "fire codes", "emergency management", "municipal codes",
                          "radio dispatch procedures", "animal care"]),
        Family(name: "community services", occupations: ["Recreation Coordinator", "Librarian", "Library Assistant",
                                                         "Park Ranger", "Senior Center Aide", "Youth Program Leader",
                                                         "Aquatics Supervisor"],
               objects: ["program schedules", "facility reservations", "volunteer rosters", "collection records",
                         "registration fees", "outreach materials", "park patrol logs"],
               subjects: ["recreation programming", "library science", "customer service", "child development",
                          "facility operations", "first aid"]),
        Family(name: "administration", occupations: ["Administrative Assistant", "Human Resources Analyst", "Management Analyst",
                                                     "Records Manager", "Deputy City Clerk", "Risk Manager", "Legal Secretary"],
               objects: ["personnel files", "council agendas", "records retention schedules", "insurance claims",
                         "recruitment plans", "classification studies", "public records requests"],
               subjects: ["personnel rules", "public records law", "office practices", "risk management",
                          "labor relations", "parliamentary procedure"]),
    ]

    static let ranks = ["", "Senior ", "Principal ", "Assistant ", "Lead ", "Chief ", "Associate ", "Supervising "]
    static let verbs = ["Prepares", "Reviews", "Reconciles", "Coordinates", "Maintains", "Inspects", "Analyzes",
                        "Processes", "Monitors", "Compiles", "Verifies", "Schedules", "Investigates", "Drafts",
                        "Assists with", "Evaluates", "Tracks", "Updates"]
    static let manners = ["in accordance with established procedures", "for assigned departments",
                          "with considerable independence", "under general supervision",
                          "using automated systems", "to meet statutory deadlines",
                          "and resolves discrepancies", "and recommends improvements",
                          "in coordination with other divisions", "for accuracy and completeness"]
    static let abilities = ["communicate clearly and concisely, orally and in writing",
                            "establish and maintain effective working relationships",
                            "interpret and apply laws, rules and regulations",
                            "prepare clear and accurate reports", "exercise sound independent judgment",
                            "organize work and meet deadlines", "operate a computer and standard office software",
                            "train and guide others", "analyze problems and recommend solutions",
                            "maintain confidentiality of sensitive information"]
    static let educations = ["a high school diploma or equivalent", "an associate's degree", "a bachelor's degree",
                             "a master's degree"]
    static let years = ["One", "Two", "Three", "Four", "Five", "Six"]
    static let numerals = ["I", "II", "III", "IV"]
}
