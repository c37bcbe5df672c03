import CompetitionConfig
import SkillsScoring

/// Column headings and words of printed outputs in the competition's language
/// (formats spec §3). JSON keys and command-line messages stay in English.
public struct Labels: Sendable {
    public let language: OutputLanguage

    public init(_ language: OutputLanguage) { self.language = language }

    private func pick(_ zh: String, _ en: String) -> String { language == .zh ? zh : en }

    public var rank: String { pick("名次", "Rank") }
    public var code: String { pick("参赛号", "Code") }
    public var name: String { pick("姓名", "Name") }
    public var organisation: String { pick("单位", "Organisation") }
    public var total: String { pick("总成绩", "Total") }
    public var award: String { pick("奖项", "Award") }
    public var status: String { pick("状态", "Status") }
    public var station: String { pick("工位号", "Station") }
    public var trade: String { pick("竞赛项目", "Trade") }
    /// What a part of a list is (a trade's award list, the titles, the organisations), as
    /// the one-table CSV names its column.
    public var section: String { pick("类别", "Section") }
    public var note: String { pick("备注", "Note") }
    /// An empty list.
    public var none: String { pick("（无）", "(none)") }
    public var title: String { pick("称号", "Title") }
    public var score: String { pick("得分", "Score") }
    public var standings: String { pick("成绩排名", "Standings") }
    public var awardList: String { pick("获奖名单", "Award list") }
    public var allWinners: String { pick("全部获奖选手", "All award winners") }
    public var titles: String { pick("荣誉称号", "Titles") }
    public var organisationStandings: String { pick("单位团体排名", "Organisation standings") }
    public var medalTable: String { pick("单位获奖统计", "Medal table") }
    public var discrepancies: String { pick("裁判评分超差", "Discrepancies") }
    public var component: String { pick("评分项", "Component") }
    public var marks: String { pick("裁判评分", "Marks") }
    public var spread: String { pick("极差", "Spread") }
    public var tolerance: String { pick("允许误差", "Tolerance") }
    public var state: String { pick("处理", "State") }
    public var open: String { pick("待处理", "open") }
    public var confirmed: String { pick("已确认", "confirmed") }
    public var entrants: String { pick("选手名单", "Entrants") }
    public var audit: String { pick("操作记录", "Audit trail") }
    public var officials: String { pick("裁判与工作人员", "Officials") }
    public var role: String { pick("职责", "Role") }
    public var seats: String { pick("裁判席位", "Seats") }
    public var passwordSet: String { pick("已设密码", "Password set") }
    public var no: String { pick("否", "no") }
    /// The audit trail's columns.
    public var auditHeadings: [String] {
        language == .zh
            ? ["时间", "操作人", "操作", "竞赛项目", "参赛号", "评分项", "裁判", "评分细项", "原值", "新值", "原因", "来源"]
            : ["time", "operator", "action", "trade", "code", "component", "judge", "aspect", "old", "new", "reason", "source"]
    }
    public var recheck: String { pick("复核名单", "Recheck list") }
    public var counted: String { pick("计分成绩", "Counted totals") }
    public var provisionalNote: String {
        pick("* 评分尚未录齐，为临时成绩", "* provisional: marks are still missing")
    }
    public var provisionalTitle: String { pick("（临时）", " (provisional)") }
    public var anonymousNote: String {
        pick("本项目尚未解密：仅显示参赛号", "Not revealed yet: competitor codes only")
    }
    public var rulingNote: String {
        pick("† 并列待裁决（排名不并列）", "† tie awaiting a ruling (no shared ranks)")
    }

    /// The printed word for a status.
    public func status(_ status: EntrantStatus) -> String {
        switch status {
        case .registered: pick("已报名", "registered")
        case .competed: pick("已参赛", "competed")
        case .absent: pick("缺考", "absent")
        case .withdrawn: pick("弃权", "withdrawn")
        case .disqualified: pick("取消资格", "disqualified")
        }
    }

    // Bridge.
    public var teamNumber: String { pick("队号", "Team") }
    public var teamName: String { pick("队名", "Name") }
    public var teams: String { pick("参赛队名单", "Teams") }
    public var match: String { pick("比赛", "Match") }
    public var forfeit: String { pick("弃权", "forfeit") }
    public var walkover: String { pick("对手弃权", "walkover") }
    public var penalty: String { pick("罚分", "Penalty") }
    /// Bridge: a counted match still lacks a board.
    public var resultsMissingNote: String {
        pick("* 尚有比赛结果未录入，为临时成绩", "* provisional: results are still missing")
    }
    /// Bridge: standings before the event's last round.
    public func prizesProvisionalNote(after round: Int, of rounds: Int) -> String {
        pick("比赛尚未结束（共 \(rounds) 轮，已赛 \(round) 轮）：奖项与出线均为临时结果",
             "The event is not over (round \(round) of \(rounds)): prizes and qualification are provisional")
    }
    public func penaltyNote(team: String, round: Int, amount: String, reason: String) -> String {
        pick("罚分：\(team) 第 \(round) 轮 −\(amount)（\(reason)）", "Penalty: \(team), round \(round), −\(amount) (\(reason))")
    }
    public var victoryPoints: String { pick("胜分 (VP)", "VP") }
    public var impsWon: String { pick("得 IMP", "IMPs won") }
    public var impsLost: String { pick("失 IMP", "IMPs lost") }
    public var matches: String { pick("场次", "Matches") }
    public var byes: String { pick("轮空", "Byes") }
    public var bye: String { pick("轮空", "Bye") }
    public var qualified: String { pick("出线", "Qualified") }
    public var yes: String { pick("是", "yes") }
    public var round: String { pick("轮次", "Round") }
    public var table: String { pick("桌号", "Table") }
    public var home: String { pick("主队", "Home") }
    public var away: String { pick("客队", "Away") }
    public var board: String { pick("牌号", "Board") }
    public var players: String { pick("队员", "Players") }
    public var qualifiers: String { pick("出线队伍", "Qualifiers") }
    public var crossTable: String { pick("对阵总表", "Cross-table") }
    public var matchSheet: String { pick("比赛记分表", "Match sheet") }
    public var pairings: String { pick("对阵表", "Pairings") }
    public func afterRound(_ round: Int) -> String { pick("第 \(round) 轮后", "after round \(round)") }
    public func roundTitle(_ round: Int) -> String { pick("第 \(round) 轮", "Round \(round)") }
}
