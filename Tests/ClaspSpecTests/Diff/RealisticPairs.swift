@testable import ClaspSpec

/// Whole specs before and after a realistic revision, as an analyst would diff them.
enum RealisticPairs {
    typealias F = Fixture

    static let accountClerkDuties = [
        "Receive, review and process invoices and payment requests for accuracy and proper authorization.",
        "Reconcile vendor statements and resolve discrepancies with vendors and City departments.",
        "Prepare and maintain files, logs and records of accounts payable transactions.",
        "Respond to inquiries from vendors, employees and the public regarding payment status.",
        "Train and review the work of part-time staff and student assistants on payment processing.",
        "Perform related duties as assigned.",
    ]

    /// An Account Clerk spec rewritten: a duty moved into Supervision Exercised (and reworded),
    /// two duties swapped, the job code changed, hyphenation and plurals tidied.
    static let rewritten: (old: SpecVersion, new: SpecVersion) = {
        let old = F.spec(title: "Account Clerk II", code: "17724", [
            F.section(.definition, "DEFINITION", text: [
                "Under general supervision, performs full-time paraprofessional accounting work in the processing of accounts payable."]),
            F.section(.supervisionExercised, "SUPERVISION EXERCISED", text: ["None."]),
            F.duties(accountClerkDuties),
            F.section(.physicalDemands, "PHYSICAL DEMANDS", text: ["Lift and carry files weighing up to 25 lbs."]),
        ])
        var duties = accountClerkDuties
        duties.remove(at: 4)
        duties.swapAt(1, 2)
        duties[0] = "Receive, review and process invoice and payment request for accuracy and proper authorization."
        let new = F.spec(title: "Account Clerk II", code: "17725", [
            F.section(.definition, "DEFINITION", text: [
                "Under general supervision, performs full time paraprofessional accounting work in the processing of accounts payable."]),
            F.section(.supervisionExercised, "SUPERVISION EXERCISED", text: [
                "Train, assign and review the work of part-time staff and student assistants on payment processing."]),
            F.duties(duties),
            F.section(.physicalDemands, "PHYSICAL DEMANDS", text: ["Lift and carry files weighing up to 25 pounds."]),
        ])
        return (old, new)
    }()

    /// A knowledge, skills and abilities list reworded: some items only in their plurals and
    /// hyphens, one given a new obligation, one replaced, one added.
    static let rewordedKSA: (old: SpecVersion, new: SpecVersion) = {
        let knowledge = [
            "Principles and practices of governmental accounting and auditing.",
            "Modern office procedure, method and computer equipment.",
            "Record-keeping principles and practices.",
            "Pertinent Federal, State and local laws, codes and regulations.",
        ]
        let abilities = [
            "Maintain accurate financial records and prepare clear reports.",
            "Operate a personal computer and standard office software.",
            "Establish and maintain effective working relationships.",
        ]
        let old = F.spec(title: "Accountant I", [
            F.section(.knowledge, "Knowledge of:", items: knowledge),
            F.section(.abilities, "Ability to:", items: abilities),
        ])
        let new = F.spec(title: "Accountant I", [
            F.section(.knowledge, "Knowledge of:", items: [
                "Principles and practices of governmental accounting and auditing.",
                "Modern office procedures, methods and computer equipment.",
                "Recordkeeping principles and practices.",
                "Pertinent Federal, State and local laws, codes and regulations.",
                "Generally accepted accounting principles (GAAP) and GASB pronouncements.",
            ]),
            F.section(.abilities, "Ability to:", items: [
                "Maintain accurate financial records and prepare clear reports.",
                "Operate a personal computer and enterprise resource planning software.",
                "Establish and maintain effective working relationships.",
            ]),
        ])
        return (old, new)
    }()

    /// Minimum qualifications raised: experience from two to three years (written in words and
    /// figures), the education alternative widened, the pay range moved one step.
    static let raisedExperience: (old: SpecVersion, new: SpecVersion) = {
        func quals(_ experience: String, _ education: String) -> Section {
            F.section(.qualifications, "MINIMUM QUALIFICATIONS", [
                F.section(.experience, "Experience:", text: [experience]),
                F.section(.education, "Education:", text: [education]),
                F.section(.licenses, "License:", text: ["Possession of a valid California Class C driver's license."]),
            ])
        }
        let old = F.spec(title: "Payroll Technician", pay: PayPlacement(range: "14"), [
            quals("Two (2) years of full-time experience processing payroll in a public agency.",
                  "Completion of 30 semester units in accounting or a related field."),
        ])
        let new = F.spec(title: "Payroll Technician", pay: PayPlacement(range: "15"), [
            quals("Three (3) years of full time experience processing payroll in a public agency.",
                  "Completion of 30 semester units in accounting, business administration or a related field."),
        ])
        return (old, new)
    }()
}
