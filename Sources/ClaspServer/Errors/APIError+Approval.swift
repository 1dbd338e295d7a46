import ClaspPlan

extension APIError {
    /// The library's refusals as HTTP: a rule of the roster or workflow refusing the person is
    /// 403, an unknown proposal 404, a proposal's state or main moving underneath 409, files
    /// that do not make a valid proposal 422. The message is the library's sentence.
    init(approvalError error: ApprovalError) {
        let message = error.description
        switch error {
        case .selfApproval: self.init(status: 403, code: "self-approval", message: message)
        case .notInRoster: self.init(status: 403, code: "not-in-roster", message: message)
        case .lacksRole: self.init(status: 403, code: "lacks-role", message: message)
        case .noStageForPerson: self.init(status: 403, code: "no-stage-for-person", message: message)
        case .notPermitted: self.init(status: 403, code: "not-permitted", message: message)
        case .unknownProposal: self.init(status: 404, code: "unknown-proposal", message: message)
        case .proposalClosed: self.init(status: 409, code: "proposal-closed", message: message)
        case .alreadyAdopted: self.init(status: 409, code: "already-adopted", message: message)
        case .notApproved: self.init(status: 409, code: "not-approved", message: message)
        case .blocked: self.init(status: 409, code: "blocked", message: message)
        case .conflictWithMain: self.init(status: 409, code: "conflict-with-main", message: message)
        case .effectiveDateTaken: self.init(status: 409, code: "effective-date-taken", message: message)
        case .noWorkflow: self.init(status: 422, code: "no-workflow", message: message)
        case .invalidProposal: self.init(status: 422, code: "invalid-proposal", message: message)
        case .kindMismatch: self.init(status: 422, code: "kind-mismatch", message: message)
        case .nothingProposed: self.init(status: 422, code: "nothing-proposed", message: message)
        case .stale: self.init(status: 409, code: "stale-proposal", message: message)
        case .rebaseConflicts: self.init(status: 409, code: "rebase-conflict", message: message)
        case .upToDate: self.init(status: 409, code: "up-to-date", message: message)
        case .stageNotOpen: self.init(status: 409, code: "stage-not-open", message: message)
        case .governed: self.init(status: 403, code: "governed-plan", message: message)
        case .breaksPlan: self.init(status: 409, code: "breaks-plan", message: message)
        }
    }
}
