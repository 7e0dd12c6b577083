/// Two versions of a roadmap that differ only in wording: what an editor changes most, and what an
/// incremental build can carry to the pages that print it without working out the site again.
extension Roadmap {
    /// The roadmap with the wording of every item and sub-item (text, indicator, result) left out, and the
    /// words a derived stage was recognised by (no page shows them). Everything else, the stages derived
    /// from the texts included, places activities on pages.
    public var shape: Roadmap {
        var shape = self
        for section in shape.sections.indices {
            for item in shape.sections[section].items.indices {
                shape.sections[section].items[item].blankWording()
            }
        }
        return shape
    }

    /// Whether `other` is this roadmap with other wording only: same file, same items in the same
    /// places, the same deadlines, parties, statuses and stages.
    public func differsOnlyInWording(from other: Roadmap) -> Bool {
        shape == other.shape
    }
}

extension RoadmapItem {
    fileprivate mutating func blankWording() {
        text = ""
        indicator = indicator.map { _ in "" }
        result = result.map { _ in "" }
        for index in subitems.indices { subitems[index].text = "" }
        stage.matchedStem = nil
    }
}
