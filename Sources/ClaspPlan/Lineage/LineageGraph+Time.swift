public import ClaspSpec

/// Effective-time questions about a class: was it in effect on a date, and under which title.
extension LineageGraph {
    /// Where a class stood on a date.
    ///
    /// Replays the class's events up to and including `date`. A class whose record has no
    /// `established` event counts as in effect from its first version (or always, if it has
    /// none), so a plan that records only later events still answers sensibly.
    ///
    /// - Returns: nil when the plan has no such class.
    public func status(of id: String, on date: PlanDate) -> LineageStatus? {
        guard let lineageClass = classes[id] else { return nil }
        let events = timelines[id] ?? []
        var status: LineageStatus = .notYetEstablished
        if !events.contains(where: { $0.kind == .established }),
           (lineageClass.versions.first?.effective ?? .distantPast) <= date {
            status = .active
        }
        for event in events {
            guard event.date <= date else { break }
            switch event.kind {
            case .established, .reinstated: status = .active
            case .retitled: continue
            case .abolished: status = .abolished(on: event.date)
            case .mergedInto: status = .merged(into: event.into.first ?? "", on: event.date)
            case .splitInto: status = .split(into: event.into, on: event.date)
            }
        }
        return status
    }

    /// The classes in effect on a date, sorted by id.
    public func classesInEffect(on date: PlanDate) -> [String] {
        classIDs.filter { status(of: $0, on: date) == .active }
    }

    /// The title a class bore on a date: from its events (`established`, `retitled`,
    /// `reinstated` titles) and its version files, whichever is later; on the same date the
    /// version file wins, since it is the text in effect. After a class ended this is the
    /// last title it bore.
    ///
    /// - Returns: nil before the class was established, or when no title is known.
    public func title(of id: String, on date: PlanDate) -> String? {
        guard let status = status(of: id, on: date), status != .notYetEstablished else { return nil }
        let version = classes[id]?.versions.last { $0.effective <= date }
        let event = eventTitle(of: id, on: date)
        switch (version, event) {
        case let (version?, event?):
            return event.date > version.effective ? event.title : version.title
        case let (version?, nil):
            return version.title
        case let (nil, event?):
            return event.title
        case (nil, nil):
            // Known only as the old title of a later retitle.
            return timelines[id]?.first { $0.kind == .retitled && $0.date > date }?.oldTitle
        }
    }

    /// The title the lineage events alone give a class on a date, with the event that gave it.
    public func eventTitle(of id: String, on date: PlanDate) -> (title: String, date: PlanDate, index: Int)? {
        guard let record = classes[id]?.record else { return nil }
        var best: (title: String, date: PlanDate, index: Int)?
        for (index, event) in record.events.enumerated() where event.date <= date {
            guard let title = event.title,
                  [.established, .retitled, .reinstated].contains(event.kind) else { continue }
            if let current = best, event.date < current.date { continue }
            best = (title, event.date, index)
        }
        return best
    }

    /// The day a class stopped being in effect for good (merged, split or abolished, and not
    /// reinstated later), or nil while it continues.
    public func endDate(of id: String) -> PlanDate? {
        switch status(of: id, on: .distantFuture) {
        case .abolished(let on)?, .merged(_, let on)?, .split(_, let on)?: return on
        default: return nil
        }
    }

    /// The day a class first came into effect: its first `established` event, else its first version.
    public func startDate(of id: String) -> PlanDate? {
        timelines[id]?.first { $0.kind == .established }?.date ?? classes[id]?.versions.first?.effective
    }

    /// The titles a class bore over time, each with the stretch it covered.
    public func titleHistory(of id: String) -> [TitleSpan] {
        guard let lineageClass = classes[id] else { return [] }
        var dates = Set(lineageClass.versions.map(\.effective))
        for event in lineageClass.record.events where event.kind != .abolished { dates.insert(event.date) }
        if let start = startDate(of: id) { dates.insert(start) }
        var spans: [TitleSpan] = []
        for date in dates.sorted() {
            guard status(of: id, on: date) == .active, let title = title(of: id, on: date) else { continue }
            if spans.last?.title == title { continue }
            if !spans.isEmpty { spans[spans.count - 1].until = date }
            spans.append(TitleSpan(from: date, until: nil, title: title))
        }
        if !spans.isEmpty { spans[spans.count - 1].until = endDate(of: id) }
        return spans
    }
}
