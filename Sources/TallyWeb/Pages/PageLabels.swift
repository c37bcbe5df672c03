import CompetitionConfig

/// The words of the pages, in the competition's language (Chinese for `language: zh`).
enum PageLabels {
    static func labels(_ language: OutputLanguage) -> [String: String] {
        language == .zh ? chinese : english
    }

    static let english: [String: String] = [
        "competitions": "Competitions", "competition": "Competition", "kind": "Kind", "board": "Board", "downloads": "Downloads",
        "signIn": "Sign in", "signOut": "Sign out", "official": "Official", "password": "Password",
        "noCompetitions": "No competition is stored yet.", "noOfficials": "This competition declares no officials with a password: its pages are read-only.",
        "markSheet": "Mark sheet", "markSheetHelp": "Codes only. A row saves all its marks at once; a saved mark is final here (the chief judge corrects it).",
        "code": "Code", "save": "Save", "noEntrants": "No entrant to mark.", "noSeats": "You hold no seat to mark.",
        "desk": "Desk", "chief": "Chief judge", "judge": "Mark sheet", "director": "Director",
        "progress": "Progress", "trade": "Trade", "entrants": "Entrants", "competed": "Competed", "marks": "Marks",
        "expected": "Expected", "locked": "Locked", "revealed": "Revealed", "yes": "yes", "no": "no",
        "name": "Name", "organisation": "Organisation", "station": "Station", "status": "Status", "reason": "Reason",
        "register": "Register an entrant", "edit": "Edit an entrant's details", "setStatus": "Set", "upload": "Upload a file",
        "file": "File", "import": "Import", "singleMark": "Enter one mark", "component": "Component", "seat": "Judge",
        "aspect": "Aspect", "mark": "Mark", "enter": "Enter", "lock": "Lock", "unlock": "Unlock", "reveal": "Reveal",
        "discrepancies": "Discrepancies", "noDiscrepancies": "No discrepancy.", "correct": "Correct", "confirm": "Confirm as it stands",
        "withdrawMark": "Withdraw a mark", "withdraw": "Withdraw", "recheck": "Recheck list", "seed": "Seed", "top": "Top",
        "draw": "Draw", "audit": "Audit trail", "filter": "Filter", "action": "Action", "all": "all", "time": "Time",
        "old": "Old", "new": "New", "source": "Source", "spread": "Spread", "tolerance": "Tolerance",
        "standings": "Standings", "awards": "Award list", "organisations": "Organisations", "notRevealed": "Not yet revealed",
        "format": "Format", "crosstable": "Cross-table", "matches": "Matches", "round": "Round", "afterRound": "after round",
        "pbn": "PBN (deals and results)", "usebio": "USEBIO XML", "certificates": "Certificates",
        "officialsOnly": "Officials only until the reveal", "latest": "latest entries",
        "results": "Results", "pairNext": "Pair the next round", "roundSheet": "Round sheet for the tables", "table": "Table",
        "home": "Home", "away": "Away", "boardsIn": "Boards in", "missing": "Missing", "enterResults": "Enter results",
        "bye": "Bye", "adjusted": "Adjusted score", "boardNumber": "Board", "team": "Team", "result": "Result",
        "replaces": "replaces a stored result", "penalty": "VP penalty", "forfeit": "Forfeit", "withdrawTeam": "Withdraw a team",
        "contract": "Contract", "declarer": "Declarer", "tricks": "Tricks", "score": "NS score", "pass": "Pass",
        "room": "Room", "tableEntry": "Table entry", "imps": "IMPs",
        "noLegalPairing": "No legal pairing? The director decides (with a reason)", "allow": "Allow",
        "allowRematches": "allow the fewest rematches", "allowSecondBye": "allow a second bye",
        "matchesField": "Matches, home team first: 1-4 2-3", "setPairing": "Store the director's pairing",
        "unpair": "Withdraw the pairing (no results yet)", "page": "Page",
    ]

    static let chinese: [String: String] = [
        "competitions": "赛事", "competition": "赛事", "kind": "类别", "board": "成绩公告屏", "downloads": "下载",
        "signIn": "登录", "signOut": "退出", "official": "工作人员", "password": "密码",
        "noCompetitions": "尚无赛事。", "noOfficials": "本赛事没有设置密码的工作人员：页面只读。",
        "markSheet": "评分表", "markSheetHelp": "只显示参赛编号。每行一次保存全部分数；已保存的分数不能在此修改（由裁判长更正）。",
        "code": "编号", "save": "保存", "noEntrants": "没有待评分的选手。", "noSeats": "您没有评分席位。",
        "desk": "录分台", "chief": "裁判长", "judge": "评分表", "director": "编排裁判长",
        "progress": "进度", "trade": "工种", "entrants": "选手", "competed": "已参赛", "marks": "已录分数",
        "expected": "应录分数", "locked": "已锁定", "revealed": "已揭晓", "yes": "是", "no": "否",
        "name": "姓名", "organisation": "单位", "station": "工位", "status": "状态", "reason": "理由",
        "register": "登记选手", "edit": "修改选手信息", "setStatus": "设置", "upload": "上传文件",
        "file": "文件", "import": "导入", "singleMark": "录入单项分数", "component": "项目", "seat": "评委席位",
        "aspect": "评分点", "mark": "分数", "enter": "录入", "lock": "锁定", "unlock": "解锁", "reveal": "揭晓",
        "discrepancies": "评分差异", "noDiscrepancies": "没有超差。", "correct": "更正", "confirm": "维持原评分",
        "withdrawMark": "撤销分数", "withdraw": "撤销", "recheck": "复核名单", "seed": "随机种子", "top": "前几名",
        "draw": "抽取", "audit": "操作记录", "filter": "筛选", "action": "操作", "all": "全部", "time": "时间",
        "old": "原值", "new": "新值", "source": "来源", "spread": "极差", "tolerance": "允许差",
        "standings": "成绩排名", "awards": "获奖名单", "organisations": "单位排名", "notRevealed": "尚未揭晓",
        "format": "格式", "crosstable": "交叉表", "matches": "对阵成绩", "round": "轮次", "afterRound": "轮后",
        "pbn": "PBN（牌例与结果）", "usebio": "USEBIO XML", "certificates": "荣誉证书",
        "officialsOnly": "揭晓前仅限工作人员", "latest": "最近记录",
        "results": "已录结果", "pairNext": "编排下一轮", "roundSheet": "本轮对阵单（打印）", "table": "桌号",
        "home": "主队", "away": "客队", "boardsIn": "已录牌数", "missing": "缺少", "enterResults": "录入结果",
        "bye": "轮空", "adjusted": "判定分", "boardNumber": "牌号", "team": "队", "result": "结果",
        "replaces": "替换已录结果", "penalty": "罚VP", "forfeit": "弃权", "withdrawTeam": "退赛",
        "contract": "定约", "declarer": "庄家", "tricks": "墩数", "score": "南北得分", "pass": "不叫",
        "room": "室", "tableEntry": "桌面录入", "imps": "IMP",
        "noLegalPairing": "无合法编排？由编排裁判长决定（须填写理由）", "allow": "允许",
        "allowRematches": "允许重复对阵（最少）", "allowSecondBye": "允许第二次轮空",
        "matchesField": "对阵，主队在前：1-4 2-3", "setPairing": "保存裁判长编排",
        "unpair": "撤销编排（尚无结果时）", "page": "页",
    ]
}
