"""English for the messages the services give (Chinese is the source language).

The key is the Chinese template exactly as a service writes it (msg("…{name}…", name=...) or a plain literal);
the value is the English template with the same {fields}. Values are data and are put in unchanged.
tests/core/test_messages.py fails on a service message missing here.
"""

MESSAGES: dict[str, str] = {
    # The elder centre's reception: check-in answers.
    "没有找到会员号：{number}": "No member number {number} was found",
    "没有找到会员：{key}": "No member “{key}” was found",
    "请刷卡或输入会员号": "Swipe a card or type a member number",
    "显示前 {n} 位，共 {total} 位，{hint}": "Showing the first {n} of {total}: {hint}",
    "找到 {n} 位会员，请选择": "{n} members found: choose one",
    "{message}（{hint}）": "{message} ({hint})",
    "{name} 会员状态为{flags}，不能签到": "{name}'s membership is {flags}: cannot check in",
    "{name}：{flags}，确认仍要签到吗？": "{name}: {flags}. Check in all the same?",
    "{name} 今天已签到（另一台电脑刚刚登记）": "{name} is already checked in today (another desk just did it)",
    "{name} 签到成功": "{name} checked in",
    "{name} 签到成功，午餐": "{name} checked in, with lunch",
    "{name} 签到成功（{flags}）": "{name} checked in ({flags})",
    "{name} 签到成功，午餐（{flags}）": "{name} checked in, with lunch ({flags})",
    "{name} 今天已签到（{since}）": "{name} is already checked in today ({since})",
    "{name} 今天已签到（{since}），已补登午餐": "{name} is already checked in today ({since}); lunch added",
    "另一台电脑刚刚登记": "another desk just did it",
    "请再输入手机尾号，如 {k}1234，或输入全名": "Add the phone's last digits, e.g. {k}1234, or type the full name",
    "请再输入手机尾号，如 {k}1234": "Add the phone's last digits, e.g. {k}1234",
    "请输入全名或再加手机尾号，如 {k}1234": "Type the full name or add the phone's last digits, e.g. {k}1234",
    "卡号 {old} 已并入 {kept}（重复档案合并）": "Card {old} was merged into {kept} (a duplicate record)",
    "请输入完整的手机尾号 4 位或全名": "Type all 4 last digits of the phone or the full name",
    "暂停": "suspended",
    "已过期": "expired",
    "退会": "left",
    "去世": "deceased",
    "待复核": "due for a review",
    # Activities and rooms.
    "请填写活动名称": "Enter the activity's name",
    "时间缺少时区": "The time has no time zone",
    "所属模块无效": "Not a valid module",
    "名额不能为负数": "Places cannot be negative",
    "状态无效": "Not a valid state",
    "结束时间应晚于开始时间": "The end must be later than the start",
    "请选择社区": "Choose a community",
    "找不到这个功能室": "This room was not found",
    "这个日期范围内没有符合规则的日子": "No day in this date range fits the rule",
    "找不到活动「{key}」": "No activity “{key}” was found",
    "有 {count} 个名为「{key}」的活动（{where}），无法确定是哪一个：请改用活动编号":
        "{count} activities are called “{key}” ({where}) and it is not clear which one: use the activity's number",
    "名额 {capacity} 超过{name}的容纳人数 {room_capacity}":
        "{capacity} places are more than {name} holds ({room_capacity})",
    "扫描件是空文件": "The scan is an empty file",
    "扫描件太大（超过 30 MB），请降低分辨率后再附上": "The scan is too large (over 30 MB): attach it at a lower resolution",
    "找不到这个扫描件": "This scan was not found",
    "扫描件已损坏（校验值不符）": "The scan is damaged (its checksum does not match)",
    "签到方式无效": "Not a valid way of checking in",
    "活动已取消，不能签到": "The activity is cancelled: no one can check in",
    "请选择签到的人或填写姓名": "Choose who is checking in or enter a name",
    "这个人还没有签到": "This person has not checked in",
    "没有这条签到记录": "This check-in was not found",
    "服务时长应在 1 分钟到 24 小时之间": "Service time must be between 1 minute and 24 hours",
    "这个人不是本活动的志愿者": "This person is not a volunteer of this activity",
    "找不到文件：{p}": "File not found: {p}",
    "姓名太长：{name}…": "Name too long: {name}…",
    "找不到这个活动（可能已删除）": "This activity was not found (it may have been deleted)",
    "找不到这个人（可能已从花名册删除）": "This person was not found (they may have been deleted from the roster)",
    "活动已取消，不能报名": "The activity is cancelled: no one can enrol",
    "这个人没有报名这个活动": "This person is not enrolled in this activity",
    "重复方式只能是每周或每月": "An activity repeats weekly or monthly",
    "结束日期早于开始日期": "The end date is before the start date",
    "间隔应在 1 到 12 之间": "The interval must be between 1 and 12",
    "星期应为 1（周一）到 7（周日）": "The weekday must be 1 (Monday) to 7 (Sunday)",
    "每周重复要选择星期几": "A weekly repeat needs its weekdays",
    "每月重复要给出日期或第几个星期几": "A monthly repeat needs a day of the month or a weekday of a week",
    "每月的日期应在 1 到 31 之间": "The day of the month must be between 1 and 31",
    "每月第几个星期几：第 1–4 个或最后一个，并选一个星期几":
        "Which weekday of the month: the 1st–4th or the last, and one weekday",
    "一次最多生成 {max_occurrences} 次活动，请缩短日期范围":
        "At most {max_occurrences} activities are made at once: shorten the date range",
    "请填写功能室名称": "Enter the room's name",
    "容纳人数不能为负数": "A room cannot hold a negative number of people",
    "找不到这个预约": "This booking was not found",
    "{name}已停用，不能预约": "{name} is out of use and cannot be booked",
    "已有名为「{name}」的功能室": "There is already a room called “{name}”",
    # Accounts, databases, backups.
    "用户名不能为空，也不能含空格": "A user name cannot be empty or contain spaces",
    "管理员已经建立，请登录": "The administrator has been created: sign in",
    "用户名或密码不正确": "Wrong user name or password",
    "此账号已停用": "This account is disabled",
    "不能改变自己的角色": "You cannot change your own role",
    "不能停用自己的账号": "You cannot disable your own account",
    "没有用户 {username}": "There is no user {username}",
    "原密码不正确": "The current password is wrong",
    "用户名 {username} 已存在": "The user name {username} is taken",
    "没有这个社区：{name}": "No such community: {name}",
    "找不到文件：{path}": "File not found: {path}",
    "不是邻里的数据库：{name} 是空文件": "Not a Linli database: {name} is an empty file",
    "不是有效的数据库文件：{name}（{exc}）{hint}": "Not a valid database file: {name} ({exc}){hint}",
    "数据库文件已损坏：{problems}": "The database file is damaged: {problems}",
    "不是邻里的数据库：{name} 缺少 {missing} 表": "Not a Linli database: {name} has no {missing} table",
    "不是可用的邻里数据库：{name} 没有结构版本或没有用户":
        "Not a usable Linli database: {name} has no schema version or no users",
    "找不到文件夹 {target}（U 盘未插上或网络文件夹未连接？）":
        "Folder {target} not found (is the USB drive out or the network folder not connected?)",
    "{what}已被其他工作台修改（在您打开之后），您这次的修改没有保存。请重新载入，看过最新内容后再改。":
        "{what} was changed at another desk after you opened it; your changes were not saved. Reload, look at "
        "the latest version, then make your changes.",
    "这条记录": "This record",
    "无法识别的日期：{value}": "Not a date: {value}",
    "日期早于出生日期": "The date is before the date of birth",
    "连接其他电脑上的数据库必须用 TLS 并核对服务器证书：请在 --db 网址末尾加上 ?sslmode=verify-full&sslrootcert=服务器CA证书.pem":
        "A database on another computer needs TLS with the server's certificate checked: add "
        "?sslmode=verify-full&sslrootcert=server-CA.pem to the end of the --db address",
    "只有未加密的 SQLite 数据库可以加密": "Only an unencrypted SQLite database can be encrypted",
    "加密后的文件仍可不用密钥读取：请用备份恢复并报告":
        "The encrypted file can still be read without the key: restore from a backup and report it",
    "加密校验失败：加密副本与原库的行数不一致，原库未改动":
        "Encryption check failed: the encrypted copy's row counts differ from the original, which is unchanged",
    "身份证号前17位应为数字": "The first 17 characters of an ID number are digits",
    "身份证号应为文本": "An ID number must be text",
    "身份证号不能为空": "The ID number is empty",
    "身份证号只能包含数字和末位的X": "An ID number holds only digits and a final X",
    "身份证号中X只能出现在18位号码的最后一位": "X can only be the last character of an 18-character ID number",
    "身份证号校验位不正确，请核对号码": "The ID number's check digit is wrong: check the number",
    "顺序码应在0到999之间": "The sequence code must be between 0 and 999",
    "身份证号长度应为18位或15位（当前{count}位）": "An ID number has 18 or 15 characters (this one has {count})",
    "出生日期无效：{digits8}晚于今天": "Invalid date of birth: {digits8} is after today",
    "出生日期无效：{digits8}早于1900年": "Invalid date of birth: {digits8} is before 1900",
    "身份证号地区码无效：{number}": "Invalid area code in the ID number: {number}",
    "身份证号地区码无效：{area}": "Invalid area code in the ID number: {area}",
    "出生日期无效：{digits8}": "Invalid date of birth: {digits8}",
    "上次打开的邻里（{pid}）窗口已关闭，正在退出前备份数据库，请稍候片刻再打开。":
        "Linli ({pid}) has closed its window and is backing up the database before it exits; open it again in a moment.",
    "邻里已经在运行（{other}），同一个数据库只能打开一次。请切换到已打开的窗口。":
        "Linli is already running ({other}); a database can be open only once. Switch to the open window.",
    "另一个窗口": "another window",
    "不能收回自己的访问": "You cannot revoke your own access",
    "{username} 不是督导或禁毒社工": "{username} is not a supervisor or rehab social worker",
    "{username} 已停用": "{username} is disabled",
    "{username} 还没有登录过：请先让其登录一次": "{username} has never signed in: have them sign in once first",
    "{what}不在农历表的范围（1900–2100）内": "{what} is outside the lunar calendar's range (1900–2100)",
    "{year}年清明不在节气表的范围（1900–2100）内": "Qingming {year} is outside the solar-term table (1900–2100)",
    "共享的 PostgreSQL 数据库请在服务器上用 pg_dump 备份": "Back up a shared PostgreSQL database on the server with pg_dump",
    "这个数据库由更新版本的邻里写入（版本 {versions}），本程序不能打开它。数据库未作任何改动，请升级邻里后再试。":
        "This database was written by a newer Linli (version {versions}) and this one cannot open it. Nothing in "
        "it was changed: upgrade Linli and try again.",
    "密码不能全是空格": "A password cannot be all spaces",
    "密码不能是用户名，也不能是用户名加几个数字或符号":
        "A password cannot be the user name, nor the user name with a few digits or symbols",
    "这个密码太常见，很容易被猜到：请换一个": "This password is too common and easily guessed: choose another",
    "密码至少 {min_length} 位": "A password has at least {min_length} characters",
    "电话号码应为文本": "A phone number must be text",
    "电话号码不能为空": "The phone number is empty",
    "无法识别的电话号码：{raw}（{why}）": "Not a phone number: {raw} ({why})",
    "无法识别的电话号码：{raw}": "Not a phone number: {raw}",
    "400/800 号码属于单位，不能作为个人电话：{raw}":
        "400/800 numbers belong to organisations and cannot be a person's phone: {raw}",
    "读音只能由拼音字母组成，每个汉字一个音节，如：zhang chao yang":
        "A reading is pinyin letters, one syllable per character, such as: zhang chao yang",
    "读音中有不是拼音音节的部分：{words}": "Part of the reading is not a pinyin syllable: {words}",
    "读音应有 {n} 个音节（每个汉字一个），如：{reading_text}":
        "The reading needs {n} syllables (one per character), such as: {reading_text}",
    "请先登录": "Sign in first",
    "您的账号还没有获授禁毒数据的访问（请督导在“今日”中授予）":
        "Your account has not been granted rehab data access (a supervisor grants it on the Today page)",
    "不能操作其他社区的数据": "You cannot work on another community's data",
    "{role_label}没有此权限（{perm}）": "A {role_label} does not have this permission ({perm})",
    "文件含有工作簿不应有的 DOCTYPE 声明": "The file holds a DOCTYPE declaration that no workbook has",
    "文件有 {mb} MB，超过上限 {limit_mb} MB": "The file has {mb} MB, more than the {limit_mb} MB limit",
    "各单元格的文字合计超过 {limit} 万字（共用的文字按每次使用计）":
        "The cells' text adds up to more than {limit}0,000 characters (shared text counted at every use)",
    "有单元格的文字超过 {cell_chars} 个字（Excel 的上限）": "A cell holds more than {cell_chars} characters (Excel's limit)",
    "数据区域 {max_row} 行 × {max_col} 列超过 {cells} 个单元格":
        "The data area of {max_row} rows × {max_col} columns is more than {cells} cells",
    "工作表声明的范围 {ref} 超过上限（最多 {rows} 行、{columns} 列、{cells} 个单元格）":
        "The sheet's declared range {ref} is over the limit (at most {rows} rows, {columns} columns, {cells} cells)",
    "关系部件 {rels} 过大": "The relationship part {rels} is too large",
    "不能导入 {name}：{exc}；请检查文件，删去多余的行列或分成几个文件后再导入":
        "Cannot import {name}: {exc}; check the file, delete extra rows and columns or split it into several files",
    "不能导入 {name}：文件内容有误（{problem}）；请在 Excel/WPS 中打开后另存为 .xlsx":
        "Cannot import {name}: the content is faulty ({problem}); open it in Excel/WPS and save it as .xlsx",
    "不能导入 {name}：不是有效的 .xlsx 文件（{exc}）；如设有打开密码请先取消，或在 Excel/WPS 中另存为 .xlsx":
        "Cannot import {name}: not a valid .xlsx file ({exc}); remove any opening password, or save it as .xlsx "
        "in Excel/WPS",
    "文件内含 {count} 个部件，超过上限 {parts} 个": "The file holds {count} parts, more than the limit of {parts}",
    "其中一个部件解压后有 {mb} MB，超过上限 {limit_mb} MB（可能是构造的“压缩炸弹”）":
        "One part unpacks to {mb} MB, more than the {limit_mb} MB limit (possibly a crafted “zip bomb”)",
    "解压后有 {mb} MB，超过上限 {limit_mb} MB（可能是构造的“压缩炸弹”）":
        "It unpacks to {mb} MB, more than the {limit_mb} MB limit (possibly a crafted “zip bomb”)",
    "文件内容有误（{name}：{problem}）": "The file's content is faulty ({name}: {problem})",
    "有数据的行超过 {rows} 行（第 {row} 行）": "More than {rows} rows hold data (row {row})",
    "有数据的列超过 {columns} 列（第 {row} 行 {column_letters} 列）":
        "More than {columns} columns hold data (row {row}, column {column_letters})",
    "解压后超过 {mb} MB（可能是构造的“压缩炸弹”）": "It unpacks to more than {mb} MB (possibly a crafted “zip bomb”)",
    "数据库已加密：请先登录（--user，密码用 LINLI_PASSWORD）":
        "The database is encrypted: sign in first (--user, the password in LINLI_PASSWORD)",
    "{name} 已经存在：新数据库请换一个文件名": "{name} already exists: give the new database another file name",
    "这台电脑上密码错误次数过多，请 {minutes} 分钟后再试":
        "Too many wrong passwords on this computer: try again in {minutes} minutes",
    "账号 {name} 密码错误次数过多，已锁定：请 {minutes} 分钟后再试，或请管理员解锁":
        "Account {name} is locked after too many wrong passwords: try again in {minutes} minutes, or ask an "
        "administrator to unlock it",
    "这个数据库没有恢复码": "This database has no recovery code",
    "数据库未打开，不能改动密钥文件": "The database is not open: its key file cannot be changed",
    "{name} 不是邻里的密钥文件": "{name} is not a Linli key file",
    "恢复码不正确": "Wrong recovery code",
    "读不了数据库的密钥文件 {name}（{exc}）": "The database's key file {name} cannot be read ({exc})",
    # Duty.
    "这个班次没有排人": "No one is on this shift",
    "补录必须写明依据": "A late entry needs its grounds",
    "结束时间要晚于开始时间": "The end must be later than the start",
    "这个班次已经过了结束时间，不能再开始；如确实来值了班，请队长补录":
        "This shift is past its end and can no longer start; if it was really kept, the team leader enters it",
    "这个班次没有排人；要值这个班请按“代班”": "No one is on this shift; to take it, press “Cover”",
    "这个班次刚刚有了变动，请再看一下屏幕上的班次": "This shift has just changed: look at the shift on screen again",
    "这是您自己的班次，请直接按“开始值班”": "This is your own shift: press “Start duty”",
    "这个班次还没有开始": "This shift has not started",
    "只有未签退的班次需要确认时长": "Only a shift not checked out needs its time confirmed",
    "请写明确认的依据（如：电话问过本人，21:30 离开）":
        "Write the grounds for confirming (such as: phoned them, left at 21:30)",
    "原因太长（最多 200 字）": "The reason is too long (at most 200 characters)",
    "这个班次已经有到岗记录": "This shift already has a check-in",
    "不能补录还没过去的时间": "Time that has not passed yet cannot be entered",
    "您不是「{name}」的队员，不能在这里开始或结束值班":
        "You are not a member of “{name}” and cannot start or end duty here",
    "这个班次已在 {started:%H:%M} 开始": "This shift already started at {started:%H:%M}",
    "{when_text} 起可开始": "Can start from {when_text}",
    "{name}还没到迟到的时候，请等一等；过了开始时间还没来再代班":
        "{name} is not late yet: wait, and cover only if they have not come once the shift has started",
    "您这段时间有自己的班次（{shift_text}），不能同时代班":
        "You have your own shift at this time ({shift_text}) and cannot cover another",
    "这是{who}的班次，只能结束自己的班次": "This is {who}'s shift: you can only end your own",
    "别人": "someone else",
    "这个班次已在 {ended:%H:%M} 结束": "This shift already ended at {ended:%H:%M}",
    "结束时间不能晚于签退期限（次日早上）": "The end cannot be later than the check-out limit (the next morning)",
    "这是{other}的班次，只能开始自己的班次；替人值班请按“代班”":
        "This is {other}'s shift: you can only start your own; to stand in, press “Cover”",
    "这个班次已按 {ended:%H:%M} 结束，记为未签退，请队长确认时长":
        "This shift was ended at {ended:%H:%M} as not checked out: the team leader confirms its time",
    "找不到这个志愿服务队": "This volunteer team was not found",
    "找不到这位队员": "This team member was not found",
    "找不到这个岗位": "This post was not found",
    "找不到这个班次": "This shift was not found",
    "找不到志愿服务队「{name}」": "No volunteer team “{name}” was found",
    "时间格式应为 HH:MM：{text}": "Write the time as HH:MM: {text}",
    "金额必须大于 0": "The amount must be more than 0",
    "金额太大": "The amount is too large",
    "类别应为收入或支出": "The kind must be income or spending",
    "请写明款项用途或来源": "Write what the money is for or where it came from",
    "请填写义卖名称": "Enter the charity sale's name",
    "找不到这场义卖": "This charity sale was not found",
    "找不到这件义卖物品": "This sale item was not found",
    "请填写物品名称": "Enter the item's name",
    "请填写捐赠住户": "Enter the donating household",
    "结束日期不能早于开始日期": "The end date cannot be before the start date",
    "找不到捐赠的住户": "The donating household was not found",
    "「{name}」已经{state}": "“{name}” is already {state}",
    "名称太长（最多 32 字）": "The name is too long (at most 32 characters)",
    "年份应在 2000 到 2100 之间": "The year must be between 2000 and 2100",
    "说明太长（最多 100 字）": "The note is too long (at most 100 characters)",
    "节假日表里没有 {day}": "{day} is not in the holiday table",
    "更正时长必须写明原因": "Correcting the time needs a reason",
    "更正的分钟数不对": "The corrected minutes are wrong",
    "请写下值班情况": "Write what happened on duty",
    "找不到这条值班日志": "This duty log entry was not found",
    "只有交接记录需要接班确认": "Only a handover needs to be confirmed by the next shift",
    "这是您自己写的交接，请由接班的队员确认": "You wrote this handover: the member taking over confirms it",
    "您已经确认过这条交接": "You have already confirmed this handover",
    "类别应为：{log_kinds}": "The kind must be one of: {log_kinds}",
    "内容太长（最多 {max_text} 字）": "The text is too long (at most {max_text} characters)",
    "请填写岗位名称": "Enter the post's name",
    "班次的结束时间不能等于开始时间": "A shift cannot end when it starts",
    "每班人数应在 1–10 之间": "People per shift must be between 1 and 10",
    "找不到这个班次模板": "This shift template was not found",
    "已经有岗位「{name}」": "There is already a post “{name}”",
    "纸张只能是 {papers}：{paper}": "The paper must be {papers}: {paper}",
    "{year}年{month}月还没有排班": "There is no rota for {year}-{month:02} yet",
    "补记巡查必须写明原因": "Recording a round afterwards needs a reason",
    "{name} {due:%H:%M} 的巡查已经打过卡": "The {due:%H:%M} round at {name} is already checked",
    "{name} {due:%H:%M} 的巡查还没到时间（{span:%H:%M} 起可打卡）":
        "The {due:%H:%M} round at {name} is not due yet (it can be checked from {span:%H:%M})",
    "{name} {due:%H:%M} 的巡查已过时间，记为漏巡；如确实巡过，请队长补记并写明原因":
        "The {due:%H:%M} round at {name} is past its time and counted as missed; if it was made, the team leader "
        "records it with a reason",
    "{name} {due:%H:%M} 的巡查还在打卡时间内，请直接打卡":
        "The {due:%H:%M} round at {name} is still open: check it directly",
    "「{name}」没有 {due:%H:%M} 的巡查": "“{name}” has no round at {due:%H:%M}",
    "这个服务队还没有岗位班次：请先在岗位里添加班次模板":
        "This team has no shifts at its posts yet: add shift templates to a post first",
    "这个班次已经开始，不能再换人": "This shift has started: its person cannot change",
    "结束时间不能等于开始时间": "The end cannot be the start",
    "已经开始的班次不能删除": "A shift that has started cannot be deleted",
    "代班人就是本班的值班人": "The stand-in is the shift's own person",
    "换班需要同一服务队里两个已排人的班次": "A swap needs two staffed shifts in the same team",
    "两个班次是同一个人，无需换班": "Both shifts are the same person's: nothing to swap",
    "找不到这个申请": "This request was not found",
    "{year}年{month}月已经排过班；要重新排班请选择“重新生成”":
        "The rota for {year}-{month:02} is already made; to make it again choose “Regenerate”",
    "{name} 在 {start:%m-%d %H:%M} 已有「{post}」班次，不能重复排班":
        "{name} already has a “{post}” shift at {start:%m-%d %H:%M} and cannot be on two",
    "{name} 在 {date_from:%m-%d} 至 {date_to:%m-%d} 请假（{reason}）":
        "{name} is away from {date_from:%m-%d} to {date_to:%m-%d} ({reason})",
    "不在": "away",
    "这个申请已处理（{state}）": "This request has been dealt with ({state})",
    "班次已经开始，不能再换人": "The shift has started: its person cannot change",
    "对方的班次已不存在或已开始": "The other shift no longer exists or has started",
    "可值班的星期应为 1–7 的数字": "Available weekdays are numbers 1–7",
    "可值班时段要同时填写开始和结束": "An available period needs both its start and its end",
    "每周最多班次应在 0–21 之间": "Shifts per week must be between 0 and 21",
    "请填写服务队名称": "Enter the team's name",
    "请选择花名册里的居民，或填写队外人员的姓名": "Choose a resident from the roster, or enter the name of someone from outside",
    "可值班时段的结束要晚于开始": "An available period must end after it starts",
    "找不到这段请假": "This leave was not found",
    "楼栋不属于这个社区": "The building is not in this community",
    "电话号码格式不对": "The phone number is not in a valid form",
    "花名册里找不到这位居民": "This resident is not on the roster",
    "这位居民不属于服务队所在的社区": "This resident is not in the team's community",
    "这位居民已经在服务队里": "This resident is already in the team",
    "队员不属于这个服务队": "The member is not in this team",
    "已经有名为「{name}」的服务队": "There is already a team called “{name}”",
    "提前开始的分钟数应在 0–{max_early_start} 之间": "Minutes of early start must be between 0 and {max_early_start}",
    # Elder centre.
    "{year}年{month}月没有过生日的会员": "No member has a birthday in {year}-{month:02}",
    "请填写撤销的原因": "Enter the reason for undoing it",
    "{name} 的这次签到已经撤销过了（{cancel_reason}）": "This check-in of {name} is already undone ({cancel_reason})",
    "只能撤销今天的签到；{day} 的记录请联系社工更正":
        "Only today's check-ins can be undone; ask a social worker to correct the record of {day}",
    "{name} 今天没有登记午餐": "{name} has no lunch booked today",
    "原因太长（最多 {max_reason} 个字）": "The reason is too long (at most {max_reason} characters)",
    "没有这个会员": "There is no such member",
    "导出文件须以 .csv 或 .xlsx 结尾": "The export file must end in .csv or .xlsx",
    "第 {i} 位紧急联系人的姓名太长": "Emergency contact {i}'s name is too long",
    "第 {i} 位紧急联系人的关系太长（最多 16 个字）":
        "Emergency contact {i}'s relationship is too long (at most 16 characters)",
    "第 {i} 位紧急联系人没有填写姓名": "Emergency contact {i} has no name",
    "第 {i} 位紧急联系人（{name}）的电话无法识别：{raw}": "Emergency contact {i} ({name}) has an unreadable phone: {raw}",
    "照片是空文件": "The photo is an empty file",
    "照片太大（超过 2 MB），请换一张或缩小后再试": "The photo is too large (over 2 MB): use another or make it smaller",
    "照片须为 JPEG 或 PNG 图片": "The photo must be a JPEG or PNG image",
    "{name} 没有同意使用照片，不能保存照片（请先登记本人同意）":
        "{name} has not agreed to a photo being kept, so it cannot be saved (record their consent first)",
    "文件内容是 {kind}，与所说的类型 {mime} 不符": "The file holds {kind}, not the {mime} it claims to be",
    "没有这项规则：{key}": "No such rule: {key}",
    "请填写整数": "Enter a whole number",
    "花名册里没有这个人": "This person is not on the roster",
    "类别须为：{categories}": "The category must be one of: {categories}",
    "{name} 已经是中心会员": "{name} is already a centre member",
    "不符合入会条件：{problems}（如确需登记，请填写例外原因）":
        "Does not meet the conditions for joining: {problems} (to register anyway, enter the reason for the exception)",
    "会员号 {member_no} 已被使用": "Member number {member_no} is taken",
    "有效期须晚于今天": "The expiry must be after today",
    "{name} 已经是{status}状态": "{name} is already {status}",
    "{name} 的状态是{status}，不能改为{status2}": "{name} is {status} and cannot become {status2}",
    "{name} 已去世，不能续期": "{name} has died: the membership cannot be renewed",
    "状态须为：{statuses}": "The status must be one of: {statuses}",
    "日期不能早于上次状态变更（{status_since}）": "The date cannot be before the last change of status ({status_since})",
    "这位会员属于其他社区，不能查看或修改": "This member belongs to another community and cannot be seen or changed",
    "服务时长应在 0 到 1440 分钟之间": "Service time must be between 0 and 1440 minutes",
    "费用不能为负数": "A fee cannot be negative",
    "只有健康检查记录测量数值": "Only a health check records measurements",
    "服务类别须为：{service_kinds}": "The service must be one of: {service_kinds}",
    "没有这条服务记录": "There is no such service record",
    "不认识的测量项目：{k}": "Unknown measurement: {k}",
    "{k} 的数值不正确：{v}": "The value of {k} is wrong: {v}",
    "探访日期不能是将来": "A visit cannot be in the future",
    "探访时长应在 0 到 1440 分钟之间": "A visit's time must be between 0 and 1440 minutes",
    "找不到可用于打印的中文字体（resources/fonts 缺失）。": "No Chinese font to print with was found (resources/fonts is missing).",
    # Rehab.
    "没有这个个案": "There is no such case",
    "这个个案不由您负责，也没有共享给您": "This case is neither yours nor shared with you",
    "请填写姓名": "Enter the name",
    "请选择所在社区": "Choose the community",
    "请选择社区戒毒或社区康复": "Choose community detoxification or community rehabilitation",
    "风险等级应为低、中或高": "The risk level must be low, medium or high",
    "执行开始日期不能早于决定日期": "The start of the order cannot be before the date of the decision",
    "期满日期应晚于开始日期": "The end of the term must be after its start",
    "报到日期不能早于决定日期": "The reporting date cannot be before the date of the decision",
    "化名最多32个字": "An alias has at most 32 characters",
    "没有这个社工账号": "There is no such social worker's account",
    "负责社工必须是禁毒社工或督导": "The responsible worker must be a rehab social worker or a supervisor",
    "只有督导可以把个案交给其他社工负责": "Only a supervisor can hand a case to another social worker",
    "请选择或登记当事人": "Choose or register the person concerned",
    "花名册中没有这个人": "This person is not on the roster",
    "此人已有在管个案": "This person already has an open case",
    "这个个案的当事人无法读取（禁毒数据密钥不符）":
        "This case's person cannot be read (the rehab data key does not match)",
    "没有这个状态": "There is no such status",
    "转出时请写明转往何处": "When transferring out, write where to",
    "变更日期不能早于上一次状态变更": "The date of the change cannot be before the last change of status",
    "只有负责社工或督导可以共享个案": "Only the responsible worker or a supervisor can share a case",
    "个案只能共享给禁毒社工": "A case can only be shared with rehab social workers",
    "此社工已是负责社工": "This social worker is already the responsible one",
    "只有负责社工或督导可以取消共享": "Only the responsible worker or a supervisor can stop sharing",
    "这个个案没有共享给此社工": "This case is not shared with this social worker",
    "联系人类别应为公安、戒毒所、镇街、社工、社会组织或志愿者":
        "A contact is police, a rehab centre, the town or street office, a social worker, an organisation or a "
        "volunteer",
    "请填写姓名或单位": "Enter a name or an organisation",
    "没有这个联系人": "There is no such contact",
    "阶段应为接案、预估、计划、介入、评估或结案":
        "The stage must be intake, assessment, planning, intervention, evaluation or closing",
    "请填写本阶段的记录": "Write the record of this stage",
    "个案已是“{status}”": "The case is already “{status}”",
    "方式应为家访、约谈、电话或到站": "The way must be a home visit, an interview, a phone call or a visit to the station",
    "检测方式应为尿检或毛发": "The test must be urine or hair",
    "检测结果应为阴性、阳性、拒绝、逃避或未检": "The result must be negative, positive, refused, evaded or not tested",
    "请填写检测结果": "Enter the test result",
    "请选择检测方式": "Choose the kind of test",
    "下次随访日期应晚于本次": "The next follow-up must be after this one",
    "随访日期不能是将来": "A follow-up cannot be in the future",
    "返回日期不能早于离开日期": "The return cannot be before the departure",
    "批准之前应有书面申请": "A written request comes before an approval",
    "批准日期不能早于申请日期": "The approval cannot be before the request",
    "随访日期早于个案开始日期": "The follow-up is before the case started",
    "没有这条随访记录": "There is no such follow-up",
    "没有这条请假外出记录": "There is no such leave of absence",
    "随访计划至少要有一个阶段": "A follow-up plan has at least one stage",
    "联系和检测间隔应在1到365天之间": "Contact and test intervals must be between 1 and 365 days",
    "阶段应从第{expected}个月接续开始，且结束月不早于开始月":
        "A stage must continue from month {expected} and end no earlier than it starts",
    "没有这份报告": "There is no such report",
    "请填写接收报告的公安机关或民警": "Enter the police office or officer receiving the report",
    "接收人太长（最多 100 字）": "The recipient is too long (at most 100 characters)",
    "这份报告已登记送出": "This report is already recorded as sent",
    "转介类别应为就业、家庭、医疗、低保或技能培训":
        "A referral is for employment, family, medical care, subsistence allowance or skills training",
    "请填写转介到的单位": "Enter the organisation referred to",
    "没有这条转介记录": "There is no such referral",
    # Roster.
    "地址不能为空": "The address is empty",
    "无法识别的地址：{raw}（应如 西湖花园6号楼501、6栋1单元501）":
        "Not an address: {raw} (write it like 西湖花园6号楼501 or 6栋1单元501)",
    "请写明关注内容": "Write what needs attention",
    "请填写开始日期": "Enter the start date",
    "找不到这个人": "This person was not found",
    "找不到这一户": "This household was not found",
    "请选择关注的人或住户": "Choose the person or household that needs attention",
    "请选择关注类型：{kinds}": "Choose the kind of attention: {kinds}",
    "找不到这条关注事项": "This attention item was not found",
    "找不到这个人或这一户": "This person or household was not found",
    "找不到这个社区": "This community was not found",
    "不支持的导出格式：{suffix}（可用 .csv、.xlsx、.pdf）": "Unsupported export format: {suffix} (use .csv, .xlsx or .pdf)",
    "不能导入 {name}：文件有 {mb} MB，超过上限 {limit_mb} MB": "Cannot import {name}: it has {mb} MB, over the {limit_mb} MB limit",
    "无法识别 {name} 的文字编码（应为 UTF-8 或 GBK）": "The text encoding of {name} is unknown (it should be UTF-8 or GBK)",
    "不能导入 {name}：CSV 格式有误（{exc}）": "Cannot import {name}: faulty CSV ({exc})",
    "不能导入 {name}：超过 {rows} 行；请分成几个文件后再导入":
        "Cannot import {name}: more than {rows} rows; split it into several files",
    "不能导入 {name}：第 {n} 行有 {count} 列，超过上限 {columns} 列":
        "Cannot import {name}: row {n} has {count} columns, over the limit of {columns}",
    "不能导入 {name}：第 {n} 行有单元格超过 {cell_chars} 个字":
        "Cannot import {name}: row {n} has a cell of more than {cell_chars} characters",
    "导入期间有人在别处修改了其中的居民，请重新预览后再导入":
        "Someone elsewhere changed residents in it during the import: preview it again, then import",
    "本社区没有名为“{estate}”的小区（本社区的小区：{known}）":
        "This community has no estate called “{estate}” (its estates: {known})",
    "预览中没有第 {row_number} 行": "The preview has no row {row_number}",
    "第 {row_number} 行不是新增的居民，读音请在花名册中修改":
        "Row {row_number} is not a new resident: change the reading in the roster",
    "不支持的文件类型：{name}（应为 .xlsx 或 .csv）": "Unsupported file type: {name} (use .xlsx or .csv)",
    "在 {name} 的前{header_scan_rows}行中找不到表头：需要“姓名”列和至少一个其他可识别的列（如身份证号码、联系电话、住址）":
        "No header in the first {header_scan_rows} rows of {name}: it needs a 姓名 (name) column and at least one "
        "other known column (such as 身份证号码, 联系电话, 住址)",
    "不能直接读取 {suffix} 文件：请在 Excel/WPS 中另存为 .xlsx 后再导入":
        "{suffix} files cannot be read directly: save it as .xlsx in Excel/WPS, then import",
    "无法读取表格 {name}：{exc}": "Cannot read the sheet {name}: {exc}",
    "单元格引用无效：{ref}": "invalid cell reference: {ref}",
    "行号重复或倒序：{row}": "row number repeated or out of order: {row}",
    "XML 格式错误：{error}（第 {line} 行）": "malformed XML: {error} (line {line})",
    "共享字符串编号无效：{number}": "invalid shared string number: {number}",
    "不能把一个人和自己合并": "A person cannot be merged with themselves",
    "找不到要合并的记录": "The records to merge were not found",
    "已删除的记录不能合并，请先恢复": "A deleted record cannot be merged: restore it first",
    "两人身份证号不同，是两个人，不能合并": "Their ID numbers differ: they are two people and cannot be merged",
    "找不到这次合并": "This merge was not found",
    "这次合并已经撤销过了": "This merge is already undone",
    "要保留的记录的{what}已删除，另一条记录的仍在使用，不能自动合并：请改为保留另一条记录，或先恢复已删除的那一条":
        "The kept record's {what} is deleted while the other's is in use, so they cannot be merged automatically: "
        "keep the other record instead, or restore the deleted one first",
    "合并时改过的{what}已不存在，不能撤销": "The {what} changed by the merge no longer exists: it cannot be undone",
    "合并之后{what}又有改动，不能自动撤销，请手工核对":
        "{what} changed again after the merge and cannot be undone automatically: check it by hand",
    "不能按“{sort}”排序": "Cannot sort by “{sort}”",
    "请填写楼栋": "Enter the building",
    "找不到这个楼栋": "This building was not found",
    "请填写房号": "Enter the room number",
    "性别应为男或女": "Sex must be male or female",
    "出生日期不能晚于今天": "The date of birth cannot be after today",
    "居住类型应为户籍、常住或流动": "Residence must be registered, permanent or migrant",
    "标签中不能有逗号": "A tag cannot contain a comma",
    "标签太多": "Too many tags",
    "姓名太长（最多64个字）": "The name is too long (at most 64 characters)",
    "所选住户不存在": "The chosen household does not exist",
    "请选择社区或住户": "Choose a community or a household",
    "住户不在所选社区": "The household is not in the chosen community",
    "未知标签：{unknown}（请先在标签设置中添加）": "Unknown tags: {unknown} (add them under tag settings first)",
    "此人已合并到另一条记录，不能恢复": "This person was merged into another record and cannot be restored",
    "此人已在这一户": "This person is already in this household",
    "该身份证号已登记为{name}{state}": "This ID number is already registered as {name}{state}",
    "出生日期与身份证号不符（身份证为{birth_date}）":
        "The date of birth does not match the ID number (the ID number says {birth_date})",
    "性别与身份证号不符（身份证为{sex}）": "The sex does not match the ID number (the ID number says {sex})",
    "男": "male",
    "女": "female",
    "标签名应为1到16个字，且不含逗号": "A tag has 1 to 16 characters and no comma",
    "打印机无法开始打印": "The printer could not start printing",
    "截图需要以某个账号登录：请设置环境变量 LINLI_PASSWORD":
        "Screenshots need an account to sign in: set the LINLI_PASSWORD environment variable",
    "没有账号能以 LINLI_PASSWORD 登录，未生成截图": "No account signs in with LINLI_PASSWORD: no screenshots were taken",
    "屏幕大小要写成 宽x高，如 1366x768：{text}": "Write the screen size as WIDTHxHEIGHT, such as 1366x768: {text}",
    "屏幕大小超出范围（640x480 至 7680x4320）：{text}": "Screen size out of range (640x480 to 7680x4320): {text}",
    "字体放大倍数应在 0.8 至 2.0 之间：{type_size}": "The type size must be between 0.8 and 2.0: {type_size}",
    # Volunteers.
    "服务期间不对：结束日期不能早于开始日期，最长十年":
        "Wrong period of service: it cannot end before it starts, and lasts at most ten years",
    "服务期间不能晚于出具日期": "The period of service cannot be after the date of issue",
    "服务内容或说明最多 200 字": "The service or its note has at most 200 characters",
    "请先填写「{name}」的负责人和联系电话（证明上须写明）":
        "Enter the person in charge and phone of “{name}” first (a certificate must state them)",
    "这段时间没有志愿服务时长，不能开具证明": "There are no volunteer hours in this period: no certificate can be issued",
    "找不到这份证明": "This certificate was not found",
    "找不到这份证明，或已作废": "This certificate was not found, or it is void",
    "作废须写明原因（最多 200 字）": "Voiding needs a reason (at most 200 characters)",
    "名称不能为空，最多 200 字": "The name cannot be empty and has at most 200 characters",
    "地点、组织者或备注太长": "The place, organiser or note is too long",
    "时长应在 1 分钟到 31 天之间": "The time must be between 1 minute and 31 days",
    "表彰和评价不记时长": "Commendations and evaluations have no time",
    "不能记录还没到的日子": "A day that has not come cannot be recorded",
    "评价等次须为：{ratings}": "The rating must be one of: {ratings}",
    "找不到这条记录": "This record was not found",
    "组织名称不能为空，最多 100 字": "The organisation's name cannot be empty and has at most 100 characters",
    "负责人、联系电话或地址太长": "The person in charge, phone or address is too long",
    "姓名不能为空，最多 64 字": "The name cannot be empty and has at most 64 characters",
    "志愿者编号、技能或备注太长": "The volunteer number, skills or note is too long",
    "找不到这个志愿服务组织": "This volunteer organisation was not found",
    "找不到这位志愿者": "This volunteer was not found",
    "已有名为「{name}」的志愿服务组织": "There is already a volunteer organisation called “{name}”",
    "证件类型须为：{id_types}": "The ID type must be one of: {id_types}",
    "证件号码太长": "The ID number is too long",
    "注册平台须为：{platforms}": "The platform must be one of: {platforms}",
    "{name} 已有志愿者档案（{where}），已删除，请先恢复":
        "{name} already has a volunteer record ({where}), deleted: restore it first",
    "{name} 已有志愿者档案（{where}）": "{name} already has a volunteer record ({where})",
    # The guard desk's buttons.
    "您不是本服务队的队员：开始、结束值班请队员用自己的账号登录":
        "You are not a member of this team: members start and end duty signed in with their own accounts",
    "还没有开始值班": "Duty has not started",
    "已在 {when:%H:%M} 开始值班": "Duty started at {when:%H:%M}",
    "今明两天没有您的班次": "You have no shift today or tomorrow",
    # A day of the duty calendar: what it is and where that comes from (values of the catalogue).
    "{what}（{source}）": "{what} ({source})",
    "工作日": "Workday",
    "周末": "Weekend",
    "节假日": "Holiday",
    "国务院放假安排": "State Council schedule",
    "节假日表": "holiday table",
    "法定节日，按放假办法推算": "statutory holiday, reckoned by the holiday rules",
    # The days off' names (the State Council's words; the holiday table's own names are data).
    "元旦": "New Year's Day",
    "除夕": "New Year's Eve (lunar)",
    "春节": "Spring Festival",
    "清明": "Qingming",
    "劳动节": "Labour Day",
    "端午": "Dragon Boat Festival",
    "中秋": "Mid-Autumn Festival",
    "国庆": "National Day",
    "纪念日": "Memorial day",
    "调休上班": "Make-up workday",
    # The rehab statute's alerts.
    "{when}{what}：已起草向公安机关的报告（第二十一条），请在个案“报告”页打印并登记送出":
        "{when}{what}: a report to the police is drafted (article 21); print it on the case's Reports tab and "
        "record it as sent",
    "{label}{count}{unit}，已达到《戒毒条例》第二十条的情形":
        "{label}: {count} {unit}, which is a case of article 20 of the Drug Rehabilitation Regulations",
    "{label}已{count}{unit}，再{left}{unit}即达到第二十条的情形":
        "{label}: {count} {unit} so far; {left} more {unit} make it a case of article 20",
    "逾期未报到（应于 {deadline} 前报到）": "Overdue reporting (due by {deadline})",
    "应于 {deadline} 前报到": "Report by {deadline}",
    "期限已于 {end} 届满，请办理期满解除": "The term ended on {end}: complete the release",
    "{end} 期满，解除材料应于 {due} 前准备": "The term ends on {end}; prepare the release papers by {due}",
    "逃避或拒绝检测": "Evaded or refused tests",
    "擅自离开执行地": "Unauthorised absences",
    "擅自离开累计天数": "Days away without leave",
    "次": "times",
    "天": "days",
    # What an article-21 report is about (the value {what} of the alert above).
    "在社区戒毒期间又吸食、注射毒品":
        "Used drugs again during community detox",
    "逾期未报到，视为拒绝接受社区戒毒":
        "Did not report in time, taken as refusing community detox",
    "擅自离开社区戒毒执行地所在县（市、区）3次以上":
        "Left the county (city, district) of community detox without leave 3 or more times",
    "擅自离开社区戒毒执行地所在县（市、区）累计超过30日":
        "Away from the county (city, district) of community detox without leave more than 30 days in all",
    "在社区康复期间又吸食、注射毒品":
        "Used drugs again during community rehab",
    "逾期未报到，视为拒绝接受社区康复":
        "Did not report in time, taken as refusing community rehab",
    "擅自离开社区康复执行地所在县（市、区）3次以上":
        "Left the county (city, district) of community rehab without leave 3 or more times",
    "擅自离开社区康复执行地所在县（市、区）累计超过30日":
        "Away from the county (city, district) of community rehab without leave more than 30 days in all",
    "拒绝接受检测":
        "Refused a test",
    "逃避或者拒绝接受检测3次以上":
        "Evaded or refused tests 3 or more times",
    # The duty desk's alerts.
    "现在空缺：{line}": "Vacant now: {line}",
    "未到岗：{line}": "Not arrived: {line}",
    "漏巡：{round}": "Round missed: {round}",
    "下一班空缺：{line}": "Next shift vacant: {line}",
    "下一班 {name} 请假：{line}": "Next shift: {name} is on leave: {line}",
    "有 {count} 个未签退班次等队长确认时长": "{count} shifts not checked out wait for the team leader to confirm their time",
    # The roster import's problems, warnings and notes (a sheet's own words, such as a header, stay as they are).
    "身份证号被存成了数字（{shown}），后几位已丢失，无法确定原号码；请把该列设为“文本”格式后重新填写完整号码":
        "The ID number was stored as a number ({shown}) and its last digits are lost, so the number cannot be "
        "known: set the column's format to “text” and type the whole number again",
    "身份证号有误：{error}": "Wrong ID number: {error}",
    "无法识别的出生日期：{value}": "Not a date of birth: {value}",
    "出生日期只有年份（{year}），请补全到日": "The date of birth is only a year ({year}): give the full date",
    "{error}；已按身份证号取出生日期": "{error}; the date of birth is taken from the ID number",
    "出生日期（{born}）与身份证号（{from_id}）不符": "The date of birth ({born}) does not match the ID number ({from_id})",
    "出生年月（{year}年{month}月）与身份证号（{id_year}年{id_month}月）不符":
        "The month of birth ({year}-{month}) does not match the ID number ({id_year}-{id_month})",
    "出生年月无效：{year}年{month}月": "Not a valid month of birth: {year}-{month}",
    "出生日期只写到月（{year}年{month}月），按日期不全导入，日后可补全":
        "The date of birth gives only the month ({year}-{month}): imported as incomplete, to be completed later",
    "性别应为“男”或“女”（表中是“{value}”）": "Sex should be 男 or 女 (the sheet has “{value}”)",
    "性别（{value}）与身份证号（{from_id}）不符": "The sex ({value}) does not match the ID number ({from_id})",
    "居住类型应为户籍、常住或流动（表中是“{value}”）":
        "Residence should be 户籍, 常住 or 流动 (the sheet has “{value}”)",
    "无法从地址“{address}”中认出楼栋和房号，已记入备注，未分到住户":
        "No building and room could be read from the address “{address}”: it went into the notes, "
        "with no household",
    "有房号但没有楼栋，无法确定住户；请填写楼栋或完整地址":
        "There is a room but no building, so the household is not known: fill in the building or the full address",
    "有楼栋（{building}）但没有房号，无法确定住户；请填写房号":
        "There is a building ({building}) but no room, so the household is not known: fill in the room",
    "{field}太长（超过{limit}个字）": "{field} is too long (over {limit} characters)",
    "缺少姓名": "The name is missing",
    "第 {row} 行{field}（{chars}）": "Row {row}, {field} ({chars})",
    "“{field}”一栏有 {count} 个字，超过上限 {limit} 个字":
        "The “{field}” cell has {count} characters, more than the {limit} allowed",
    "{field}中含不可见字符（{chars}），已去除": "{field} held invisible characters ({chars}): removed",
    "已去除单元格中的不可见字符（控制字符、文字方向控制符、零宽字符）：{cells} 等共 {n} 处":
        "Invisible characters (control, text direction, zero-width) were removed from cells: {cells} "
        "and more, {n} in all",
    "已去除单元格中的不可见字符（控制字符、文字方向控制符、零宽字符）：{cells}":
        "Invisible characters (control, text direction, zero-width) were removed from cells: {cells}",
    "{code} {name}": "{code} {name}",
    "{chars}": "{chars}",
    "{chars} 等 {n} 种": "{chars} and more, {n} kinds in all",
    "空字符 NUL": "null NUL", "转义符 ESC": "escape ESC", "删除符 DEL": "delete DEL", "字节顺序标记": "byte order mark",
    "零宽空格": "zero-width space", "零宽不连字": "zero-width non-joiner", "零宽连字": "zero-width joiner",
    "零宽不换行": "word joiner", "从左向右标记": "left-to-right mark", "从右向左标记": "right-to-left mark",
    "从右向左覆盖": "right-to-left override", "从左向右覆盖": "left-to-right override",
    "文字方向控制符": "text direction control", "控制字符": "control character",
    "无效的代理字符": "invalid surrogate", "不可见的格式字符": "invisible format character",
    "本社区有多个“{name}”（{estates}），请在住址中写明小区名，或导入时指定小区":
        "The community has several “{name}” ({estates}): write the estate in the address, or choose the estate "
        "when importing",
    "（未写小区）": "(no estate)",
    "小区名": "Estate name",
    "导入 {new}，合并 {merged}，拒绝 {refused}": "{new} new, {merged} merged, {refused} refused",
    "“{tags}”不在标签列表中，已记入备注": "“{tags}” are not in the list of tags: they went into the notes",
    "与第 {row} 行的身份证号重复": "Same ID number as row {row}",
    "此身份证号属于一条已被合并的记录，请先核对后在花名册中修改":
        "This ID number belongs to a record that was merged: check it, then change it in the roster",
    "此身份证号已登记在其他社区，你没有权限修改该记录；请联系该社区或督导":
        "This ID number is registered in another community and you may not change that record: "
        "ask that community or a supervisor",
    "与已登记的信息一致，无需修改": "Same as what is registered: nothing to change",
    "本社区已有同名的“{name}”（出生日期或电话相同），可能是同一人；导入后请在“可能重复”中核对":
        "The community already has a “{name}” (same date of birth or phone), maybe the same person: "
        "check under Possible duplicates after the import",
    "与第 {row} 行可能是同一人（姓名和出生日期或电话相同）":
        "Maybe the same person as row {row} (same name and date of birth or phone)",
    "{label}：{before} → {after}": "{label}: {before} → {after}",
    "（空）": "(empty)",
    "已删除": "deleted",
    "恢复": "restored",
    "搬家：{what}": "Moves: {what}",
    "“{column}”列{note}": "Column “{column}”: {note}",
    "与前面的“{field}”列重复，未导入": "Same as the “{field}” column before it: not imported",
    "工作簿中的工作表“{names}”也像花名册，本次只读取“{sheet}”；请把它们另存为单独的文件分别导入":
        "The workbook's sheets “{names}” look like rosters too; only “{sheet}” is read this time: save them "
        "as files of their own and import each",
    "合计行": "Totals row",
    "重复的表头": "Header repeated",
    "表尾说明": "Note below the table",
    "（不导入）": "(not imported)",
    # The fields of a roster sheet (the values {field} and {label} above).
    "姓名": "Name", "身份证号码": "ID number", "联系电话": "Phone", "联系电话2": "Phone 2", "性别": "Sex",
    "出生日期": "Date of birth", "民族": "Ethnicity", "住址": "Address", "楼栋": "Building", "单元": "Unit",
    "房号": "Room", "与户主关系": "Relation to head", "居住类型": "Residence", "标签": "Tags", "备注": "Notes",
    "社区": "Community", "状态": "Status",
    "已取消：已写入 {written} 人，其余未写入": "Cancelled: {written} people were written, the rest were not",
    # Merging two records of one person.
    "移过来：{counts}": "Moved over: {counts}",
    "{label} {n} 条": "{label} {n}",
    "{what}（{n} 处）": "{what} ({n} times)",
    "同一天两张卡都签到的，只算一次（用过午餐的照记）":
        "Where both cards checked in on one day, it counts once (a lunch taken is kept)",
    "两条记录各有一张养老中心会员卡：保留 {kept}（{kept_status}），{dropped}（{dropped_status}）停用，"
    "它的签到、服务和走访记录并入 {kept}":
        "Both records have an elder centre card: {kept} ({kept_status}) is kept, {dropped} ({dropped_status}) is "
        "retired and its check-ins, services and visits move to {kept}",
    "{records}两条记录都有的，合并为一条": "{records} both records had are merged into one",
    "其他记录": "Other records",
    "迁入迁出记录": "Moves in and out", "活动报名": "Activity sign-ups", "活动签到": "Activity check-ins",
    "活动志愿服务": "Activity volunteering", "服务队队员": "Team members", "值班班次": "Duty shifts",
    "换班代班申请": "Shift swaps and covers", "巡楼打卡": "Round checks", "时长更正": "Time corrections",
    "请假": "Leave", "养老中心会员": "Elder centre members", "中心签到": "Centre check-ins",
    "服务记录": "Service records", "上门走访": "Home visits", "紧急联系人": "Emergency contacts",
    "健康信息": "Health information", "志愿者档案": "Volunteer records", "志愿服务记录": "Volunteer service records",
    "志愿服务证明": "Volunteer certificates",
    # The elder centre: eligibility, corrections, a record changed at another desk.
    "出生日期未登记，无法核对年龄": "No date of birth is registered, so the age cannot be checked",
    "年龄 {age} 岁，未满 {min_age} 岁": "Aged {age}, under {min_age}",
    "居住类型为{kind}，不在{accepted}之内": "Residence is {kind}, not one of {accepted}",
    "没有本辖区的居住登记": "No residence registered in this area",
    "已撤销 {name} {at} 的签到，午餐一并撤销（{reason}）":
        "{name}'s check-in at {at} was undone, and the lunch with it ({reason})",
    "已撤销 {name} {at} 的签到（{reason}）": "{name}'s check-in at {at} was undone ({reason})",
    "已撤销 {name} 的午餐（{reason}）": "{name}'s lunch was undone ({reason})",
    "会员 {name} 的资料": "Member {name}'s record",
    "{name} 的健康信息": "{name}'s health information",
    "活动“{title}”": "The activity “{title}”",
    # Rooms, accounts, backups, calendars, phones, ID numbers.
    "{room}在 {span} 已被「{what}」占用，请换时间或换功能室":
        "{room} is taken by “{what}” at {span}: choose another time or room",
    "{room}在 {span} 已被其他预约占用，请换时间或换功能室":
        "{room} is taken by another booking at {span}: choose another time or room",
    "{name} 已启用。数据库已加密，这个账号还没有自己的密钥：请为其重设密码，之后才能登录。":
        "{name} is enabled. The database is encrypted and this account has no key of its own yet: reset its "
        "password before it can sign in.",
    "{name} 已启用，可以用原来的密码登录。": "{name} is enabled and can sign in with the old password.",
    "第二份副本没有复制：{error}": "The second copy was not made: {error}",
    "{year} 年的放假安排尚未公布，已按法定节日推算，调休请在节假日表中补充":
        "The holidays of {year} are not published yet: they are worked out from the statutory festivals; add "
        "the swapped working days in the holiday table",
    "身份证号的地区码 {code} 不在 GB/T 2260 历次公布的行政区划代码中（1980–2019年），请核对号码是否抄错":
        "The ID number's area code {code} is in no published revision of GB/T 2260 (1980–2019): check that the "
        "number was copied right",
    "{year}年春节": "the Spring Festival of {year}",
    "{year}年重阳节": "the Double Ninth Festival of {year}",
    "{prefix} 号段未启用": "numbers starting {prefix} are not in use",
    "清远的固定电话是7位": "Qingyuan's landlines have 7 digits",
    # The duty desk.
    "准时到岗": "on time",
    "迟到 {minutes} 分钟": "{minutes} minutes late",
    "共 {hours} 小时 {minutes} 分钟": "{hours} h {minutes} min in all",
    "{post} {start:%H:%M}–{end:%H:%M} {name}": "{post} {start:%H:%M}–{end:%H:%M} {name}",
    "{post} {start:%H:%M}–{end:%H:%M} （空缺）": "{post} {start:%H:%M}–{end:%H:%M} (vacant)",
    "{day:%m-%d} {post} {start:%H:%M}–{end:%H:%M} {name}（{began:%H:%M} 开始，未签退）":
        "{day:%m-%d} {post} {start:%H:%M}–{end:%H:%M} {name} (began {began:%H:%M}, not checked out)",
    # Rehab: the case's timeline and the contact plan.
    "第{first}–{last}个月：每{contact}天联系，每{test}天检测":
        "Months {first}–{last}: contact every {contact} days, test every {test} days",
    "{status}，转往{place}": "{status}, transferred to {place}",
    "{what}：{text}": "{what}: {text}",
    "未填结果": "no result entered",
    "{first} 至 {last}，{days}天，{state}": "{first} to {last}, {days} days, {state}",
    "经批准": "authorised", "未经批准": "not authorised",
    "{what}，去往{place}": "{what}, to {place}",
    "起草向公安机关的报告（{reason}），已于 {sent:%Y-%m-%d} 送{place}":
        "Report to the police drafted ({reason}), sent to {place} on {sent:%Y-%m-%d}",
    "起草向公安机关的报告（{reason}），尚未送出": "Report to the police drafted ({reason}), not sent yet",
    "外出": "Away", "转介": "Referral", "阶段": "Stage", "检测": "Test", "随访": "Follow-up", "报告": "Report",
    # The code's fixed vocabularies, shown through messages.word (capitalised there). Words above in
    # this table ("外出", "去世", "暂停", "退会") serve too.
    # Attention notes (desktop.roster.models.NOTE_KINDS).
    "生病住院": "in hospital", "独居关注": "living alone: look in", "矛盾调解": "dispute mediation", "其他": "other",
    # Elder centre: members' categories, services, and why a check-in or a lunch was taken back.
    "在册": "active", "普通": "regular", "空巢": "empty nest", "独居": "lives alone", "特困": "extreme hardship",
    "失能": "disabled", "半失能": "partly disabled",
    "日间照料": "day care", "上门服务": "home service", "康乐活动": "recreation", "课程": "class",
    "健康检查": "health check",
    "刷错卡／选错了人": "wrong card / wrong person", "重复登记": "checked in twice",
    "会员未到，代刷了卡": "member absent, card swiped for them", "误点了午餐": "lunch ticked by mistake",
    "会员不在中心用餐": "member not eating at the centre", "会员临时离开": "member left early",
    # Rehab: kinds, statuses, risk, contacts, stages (MZ/T 094-2017), methods, tests, referrals.
    "社区戒毒": "community detox", "社区康复": "community rehab",
    "在管": "active", "期满解除": "completed", "严重违反协议": "serious breach of agreement",
    "转出": "transferred out", "死亡": "died",
    "低": "low", "中": "medium", "高": "high",
    "公安": "police", "戒毒所": "treatment centre", "镇街": "street office", "社工": "social worker",
    "社会组织": "social organisation", "志愿者": "volunteer",
    "接案": "intake", "预估": "assessment", "计划": "planning", "介入": "intervention", "评估": "evaluation",
    "结案": "closing",
    "家访": "home visit", "约谈": "interview", "电话": "phone", "到站": "at the station",
    "尿检": "urine", "毛发": "hair", "阴性": "negative", "阳性": "positive", "拒绝": "refused", "逃避": "evaded",
    "未检": "not tested",
    "就业": "employment", "家庭": "family", "医疗": "medical", "低保": "minimum living allowance",
    "技能培训": "skills training",
    # Volunteer duty: the log's kinds and the requests between members.
    "巡楼": "patrol", "来访": "visitor", "事件": "incident", "交通": "traffic", "交接": "handover",
    "换班": "swap", "代班": "cover", "待批": "waiting", "已批准": "approved", "已拒绝": "refused",
    "收入": "income", "支出": "expense", "待售": "for sale", "已售": "sold", "退回": "returned",
    # The roster: a person's relation to the head of the household, and how they live here.
    "户主": "head of household", "配偶": "spouse", "子": "son", "女（与户主关系）": "daughter", "父母": "parent",
    "孙子女": "grandchild", "兄弟姐妹": "sibling", "户籍": "registered", "常住": "permanent",
    "流动": "migrant",
    # Rehab: the statute's alert levels, and the reason the code writes when a case is opened.
    "须报告": "must report", "已达到": "reached", "警告": "warning", "期限": "deadline", "建档": "case opened",
    # Activities: the kinds offered when one is made (any other is typed, and is data).
    "生日会": "birthday party", "系列活动": "series", "禁毒宣传": "anti-drug outreach", "义卖": "charity sale",
    "议事会": "residents' council", "义诊": "free clinic", "节日活动": "festival event", "探访": "visit",
    "培训": "training",
    # Volunteer duty: a shift's and a round's state on the day's record.
    "空缺": "unfilled", "未排": "not scheduled", "已排": "scheduled", "值班中": "on duty", "已完成": "done",
    "未到岗": "not arrived", "迟到": "late", "未签退": "not signed out", "已确认": "confirmed",
    "补录": "entered afterwards", "待巡": "due", "已巡": "patrolled", "补记": "entered later", "漏巡": "missed",
    "未到时间": "not yet due",
    "值班中（{start} 开始）": "on duty (from {start})",
    "未签退（{start} 开始，按 {end} 结束，待队长确认）":
        "not signed out (from {start}, counted to {end}, for the captain to confirm)",
    "，迟到 {minutes} 分钟": ", {minutes} min late",
    "，代 {name} 值班": ", covering for {name}",
    "（由 {name} 登记）": " (entered by {name})",
    "{state} {start}–{end}": "{state} {start}–{end}",
    "已巡 {at} {by}": "patrolled {at} {by}",
    "补记（{by}：{note}）": "entered later ({by}: {note})",
    # The roster's possible duplicates: why two records look alike, and each record in a line.
    "姓名和出生日期相同": "same name and date of birth", "姓名和电话相同": "same name and phone",
    "{name} {sex} {details} 有身份证号": "{name} {sex} {details}, with an ID number",
    "{name} {sex} {details} 无身份证号": "{name} {sex} {details}, no ID number",
    # Elder centre: a member's status and how long a membership runs.
    "{status}（{since} 起）": "{status} (since {since})", "长期": "no end date",
    # Volunteers: the registries a volunteer may be registered on (ID documents are in the glossary).
    "全国志愿服务信息系统": "National Volunteer Service Information System", "志愿汇": "Zhiyuanhui",
    "i志愿": "iZhiyuan",
    "居民身份证": "resident ID card", "港澳居民来往内地通行证": "mainland travel permit (HK/Macao)",
    "台湾居民来往大陆通行证": "mainland travel permit (Taiwan)",
    "港澳台居民居住证": "residence permit (HK/Macao/Taiwan)",
    "外国人永久居留身份证": "foreign permanent resident ID card", "护照": "passport",
    # A figures table's last row (elder services by kind).
    "合计": "total",
    # Volunteer certificates.
    "{serial}（{first} 至 {last}，{hours} 小时）": "{serial} ({first} to {last}, {hours} h)",
    "这段时间已开过证明：{listed}。同一段服务不应重复证明；如证明遗失，请在登记簿里补打原证明。":
        "Certificates already cover this time: {listed}. The same service should not be certified twice; if a "
        "certificate was lost, print the original again from the register.",
}
