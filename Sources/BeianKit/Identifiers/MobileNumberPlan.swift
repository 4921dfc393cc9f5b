/// The mainland mobile numbering plan: which prefixes belong to which network.
///
/// Source: libphonenumber's carrier data for +86 as summarised in DOMAIN.md ("Mainland mobile
/// numbers"), read 2026. Since 2019-12-01 subscribers may keep their number when they change carrier
/// (携号转网), so a prefix is a guess; callers let the user state the carrier.
/// Keep this table the only place these ranges are written.
enum MobileNumberPlan {
    /// What a prefix range means.
    enum Allocation: Sendable, Hashable {
        /// A network's own subscribers.
        case carrier(Carrier)
        /// A virtual operator (虚拟运营商) riding on the named host network.
        case virtual(host: Carrier)
        /// A satellite service; such numbers have no SMS route to the review's service codes.
        case satellite
        /// A range not in use for mobiles.
        case unallocated
    }

    /// Prefix → allocation; the longest matching prefix wins.
    static let prefixes: [String: Allocation] = {
        var table: [String: Allocation] = [:]
        func assign(_ allocation: Allocation, _ ranges: [ClosedRange<Int>]) {
            for range in ranges {
                for prefix in range { table[String(prefix)] = allocation }
            }
        }
        // 中国移动
        assign(
            .carrier(.chinaMobile),
            [
                1340...1348, 135...139, 147...147, 150...152, 157...159, 172...172,
                178...178, 182...184, 187...188, 195...195, 197...198,
            ])
        assign(.virtual(host: .chinaMobile), [165...165, 1703...1703, 1705...1706])
        // 中国联通
        assign(
            .carrier(.chinaUnicom),
            [
                130...132, 145...145, 155...156, 166...166, 175...176, 185...186,
                196...196,
            ])
        assign(.virtual(host: .chinaUnicom), [167...167, 171...171, 1704...1704, 1707...1709])
        // 中国电信
        assign(
            .carrier(.chinaTelecom),
            [
                133...133, 153...153, 173...173, 177...177, 180...181, 189...191,
                193...193, 199...199, 17400...17405,
            ])
        assign(.virtual(host: .chinaTelecom), [162...162, 1700...1702])
        // 中国广电
        assign(.carrier(.chinaBroadnet), [192...192, 1610...1610])
        // Satellite
        assign(.satellite, [1349...1349])
        // Not mobile ranges
        assign(
            .unallocated,
            [
                140...144, 146...146, 148...149, 154...154, 160...160, 163...164, 168...169,
                179...179, 194...194, 1611...1619, 17406...17499,
            ])
        return table
    }()

    /// The allocation of an 11-digit number, by longest prefix; `nil` when no range matches.
    static func allocation(of digits: String) -> Allocation? {
        entry(of: digits)?.allocation
    }

    /// The longest prefix of the table that `digits` starts with, and what it is allocated to.
    static func entry(of digits: String) -> (prefix: String, allocation: Allocation)? {
        for length in stride(from: 5, through: 3, by: -1) where digits.count >= length {
            let prefix = String(digits.prefix(length))
            if let allocation = prefixes[prefix] { return (prefix, allocation) }
        }
        return nil
    }
}
