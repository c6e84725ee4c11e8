<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="112" />
        <source>请假外出</source>
        <translation>Leave of absence</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="113" />
        <source>离开日期</source>
        <translation>Leaving on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="114" />
        <source>返回日期</source>
        <translation>Back on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="115" />
        <source>去往</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="116" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="117" />
        <source>书面申请日期</source>
        <translation>Written request on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="117" />
        <source>未申请则留空</source>
        <translation>Leave empty if not requested</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="118" />
        <source>批准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="118" />
        <source>未批准则留空</source>
        <translation>Leave empty if not approved</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="119" />
        <source>离开县（市、区）3日以上须书面申请并经批准，否则计为擅自离开。</source>
        <translation>Leaving the county (city, district) for 3 days or more needs a written request and approval; otherwise it counts as unauthorised absence.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="67" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="69" />
        <source>按月或按周显示</source>
        <translation>Show by month or by week</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="70" />
        <source>按月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="71" />
        <source>按周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="73" />
        <source>模块</source>
        <translation>Module</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="74" />
        <source>全部模块</source>
        <translation>All modules</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="78" />
        <source>按活动名称筛选</source>
        <translation>Filter by activity name</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="79" />
        <source>新建活动 (Ctrl+N)</source>
        <translation>New activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="104" />
        <source>请选择一个活动</source>
        <translation>Please select an activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="121" />
        <source>找人：姓名、拼音首字母、电话尾号、地址 (Ctrl+F)</source>
        <translation>Find: name, pinyin initials, phone ending, address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="124" />
        <source>现场加入者姓名（回车登记）</source>
        <translation>Walk-in name (Enter to add)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="131" />
        <source>报名 (Enter)</source>
        <translation>Enrol (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="132" />
        <source>签到 (Ctrl+Enter)</source>
        <translation>Check in (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="133" />
        <source>取消报名/撤销签到 (Del)</source>
        <translation>Unenrol/undo check-in (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="134" />
        <source>附签到表扫描件</source>
        <translation>Attach sheet scan</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="140" />
        <source>按签到表录入…</source>
        <translation>Enter from sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="141" />
        <source>加为志愿者</source>
        <translation>Add as volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="143" />
        <source>志愿者服务时长</source>
        <translation>Volunteer service time</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="146" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="147" />
        <source>修改本场… (Ctrl+E)</source>
        <translation>Edit this occurrence… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="148" />
        <source>取消本次活动</source>
        <translation>Cancel this activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="154" />
        <source>打印签到表 (Ctrl+P)</source>
        <translation>Print sign-in sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="155" />
        <source>签到表（含签到/签退时间）</source>
        <translation>Sign-in sheet (with in/out times)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="156" />
        <source>报名名单</source>
        <translation>Enrolment list</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="157" />
        <source>空白签到表</source>
        <translation>Blank sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="158" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="165" />
        <source>签到表排序</source>
        <translation>Sign-in sheet order</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="266" />
        <source>%1年%2月</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="329" />
        <source>这段时间没有活动</source>
        <translation>No activities in this period</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="343" />
        <source>组织者：%1　报名 %2　候补 %3　已签到 %4　志愿者 %5</source>
        <translation>Organiser: %1　Enrolled %2　Waiting %3　Checked in %4　Volunteers %5</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="347" />
        <source>已附扫描件：</source>
        <translation>Scans attached: </translation>
    </message>
    <message>
        <source>请先选择一个活动</source>
        <translation>Please select an activity first</translation>
    </message>
    <message>
        <source>已报名</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <source>名额已满，已进入候补</source>
        <translation>Full; added to the waiting list</translation>
    </message>
    <message>
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>已登记现场加入</source>
        <translation>Walk-in recorded</translation>
    </message>
    <message>
        <source>已取消报名</source>
        <translation>Enrolment cancelled</translation>
    </message>
    <message>
        <source>已撤销签到</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <source>已移除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>先在上面找到这位志愿者</source>
        <translation>Find the volunteer above first</translation>
    </message>
    <message>
        <source>已记录志愿服务时长</source>
        <translation>Volunteer hours recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="369" />
        <source>取消活动</source>
        <translation>Cancel activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="369" />
        <source>确定取消本次活动？已报名的人不会自动收到通知。</source>
        <translation>Cancel this activity? Enrolled people are not notified automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="371" />
        <source>活动已取消</source>
        <translation>Activity cancelled</translation>
    </message>
    <message>
        <source>选择签到表扫描件</source>
        <translation>Choose sign-in sheet scan</translation>
    </message>
    <message>
        <source>图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <source>扫描件已保存</source>
        <translation>Scan saved</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已生成 %1（%2 页）</source>
        <translation>Created %1 (%2 pages)</translation>
    </message>
    <message>
        <source>；以下姓名请手写补上：</source>
        <translation>; please write these names in by hand: </translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="36" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="38" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="39" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="40" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="41" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="42" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="43" />
        <source>报名/名额</source>
        <translation>Enrolled/places</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="44" />
        <source>到场</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="45" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="62" />
        <source>现场</source>
        <translation>On site</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="63" />
        <source>纸质签到表</source>
        <translation>Paper sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="64" />
        <source>%1（现场）</source>
        <translation>%1 (walk-in)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="75" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="71" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="72" />
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="73" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="77" />
        <source>候补</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="81" />
        <source>签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="82" />
        <source>签退</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="83" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="85" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="86" />
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
</context>
<context>
    <name>ActivitiesTodaySection</name>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="28" />
        <source>今日活动</source>
        <translation>Today's activities</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="55" />
        <source>今天没有安排活动。</source>
        <translation>No activities today.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="61" />
        <source>%1–%2　%3　%4　报名 %5　已签到 %6</source>
        <translation>%1–%2　%3　%4　Enrolled %5　Checked in %6</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="30" />
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="52" />
        <source>（不占用功能室）</source>
        <translation>(no function room)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="57" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="61" />
        <source>不重复</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="62" />
        <source>每周（同一星期几）</source>
        <translation>Weekly (same weekday)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="63" />
        <source>每月（同一日）</source>
        <translation>Monthly (same date)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="67" />
        <source>节假日停办</source>
        <translation>Skip public holidays</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="91" />
        <source>修改本场活动</source>
        <translation>Edit this occurrence</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="91" />
        <source>修改本场（系列中的其他日期不变）</source>
        <translation>Edit this occurrence (other dates in the series unchanged)</translation>
    </message>
</context>
<context>
    <name>AttentionNotes</name>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="73" />
        <location filename="../../desktop/roster/views/person_tabs.py" line="94" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="73" />
        <location filename="../../desktop/roster/views/person_tabs.py" line="96" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="73" />
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="73" />
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="74" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="87" />
        <source>如：一家外出旅游，下周回来</source>
        <translation>e.g. family away on holiday, back next week</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="89" />
        <source>本人</source>
        <translation>This person</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="90" />
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="93" />
        <source>可留空：直到结束</source>
        <translation>Optional: until ended</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="95" />
        <source>关于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="97" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="98" />
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="104" />
        <source>添加关注事项</source>
        <translation>Add attention note</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="105" />
        <source>结束所选事项</source>
        <translation>End selected note</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="143" />
        <source>（全户）</source>
        <translation>(household) </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="185" />
        <source>先在上面选一条事项</source>
        <translation>Select a note above first</translation>
    </message>
</context>
<context>
    <name>BackupTodaySection</name>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="24" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="52" />
        <source>还没有任何备份！请在“设置”中立即备份。</source>
        <translation>There is no backup at all! Back up now under Settings.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="56" />
        <source>%1 天前</source>
        <translation>%1 days ago</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="57" />
        <source>%1 小时前</source>
        <translation>%1 hours ago</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="58" />
        <source>上次成功备份：%1（%2）</source>
        <translation>Last good backup: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="60" />
        <source>注意：已超过两天没有成功备份。</source>
        <translation>Warning: no good backup for more than two days.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="61" />
        <source>第二份副本：%1</source>
        <translation>Second copy: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/backup_section.py" line="62" />
        <source>第二份副本：未设置（可在“设置”中选 U 盘或网络文件夹）</source>
        <translation>Second copy: not set (choose a USB drive or network folder under Settings)</translation>
    </message>
</context>
<context>
    <name>BirthdaysTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="225" />
        <source>农历</source>
        <translation>Lunar</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="225" />
        <source>公历</source>
        <translation>Solar</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="227" />
        <source>创建本月生日会…</source>
        <translation>Create this month's birthday party…</translation>
    </message>
    <message>
        <source>打印生日名单…</source>
        <translation>Print birthday list…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="230" />
        <source>打印生日名单</source>
        <translation>Print birthday list</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="230" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="233" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="251" />
        <source>（闰月）</source>
        <translation> (leap month)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="257" />
        <source>中心日历：</source>
        <translation>Centre calendar:</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="267" />
        <source>生日会</source>
        <translation>Birthday party</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="267" />
        <source>已创建生日会活动，报名 %1 位，可在“活动”页打印签到表</source>
        <translation>Birthday party created with %1 enrolled; print the sign-in sheet on the “Activities” page</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="275" />
        <source>生日名单</source>
        <translation>Birthday list</translation>
    </message>
    <message>
        <source>保存生日名单</source>
        <translation>Save birthday list</translation>
    </message>
</context>
<context>
    <name>CalendarSetup</name>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="23" />
        <source>请在所属社区的工作台上建立服务队</source>
        <translation>Create the team at a desk in the team's community</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="48" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="48" />
        <source>班次时间应写成 08:00-12:00</source>
        <translation>Write the shift time as 08:00-12:00</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="53" />
        <source>已添加班次 %1</source>
        <translation>Shift %1 added</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="63" />
        <source>值班台：班次开始前 %1 分钟起可以开始值班</source>
        <translation>Guard desk: a shift may be started %1 minutes before it</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="71" />
        <source>值班台</source>
        <translation>Duty desk</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="71" />
        <source>班次开始前多少分钟起可以开始值班？</source>
        <translation>How many minutes before a shift may it be started?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="77" />
        <source>新建服务队</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="77" />
        <source>名称（如 西湖花园6号楼志愿服务队）</source>
        <translation>Name (e.g. 西湖花园6号楼志愿服务队)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="82" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="85" />
        <source>添加岗位</source>
        <translation>Add post</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="82" />
        <source>岗位名称（如 值班室、巡楼、交通疏导）</source>
        <translation>Post name (e.g. guard desk, patrol round, traffic control)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="85" />
        <source>巡楼打卡时间（如 10:00,16:00，可不填）</source>
        <translation>Patrol round times (e.g. 10:00,16:00; optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="92" />
        <source>请先在“岗位”里选一个岗位</source>
        <translation>Choose a post under “Post” first</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="94" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="97" />
        <source>添加班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="94" />
        <source>时间（如 08:00-12:00）</source>
        <translation>Time (e.g. 08:00-12:00)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="97" />
        <source>节假日也值班吗？</source>
        <translation>Also on duty on public holidays?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="56" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="69" />
        <source>服务队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="58" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="69" />
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="59" />
        <source>◀ 上一页</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="60" />
        <source>下一页 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="63" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="270" />
        <source>周视图</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="64" />
        <source>生成排班</source>
        <translation>Generate rota</translation>
    </message>
    <message>
        <source>打印排班表</source>
        <translation>Print rota</translation>
    </message>
    <message>
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="65" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="65" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="66" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="372" />
        <source>排班表</source>
        <translation>Duty rota</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="67" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="378" />
        <source>值班签到表</source>
        <translation>Duty sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="68" />
        <source>空白值班日志</source>
        <translation>Blank duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="74" />
        <source>新建服务队…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="75" />
        <source>添加岗位…</source>
        <translation>Add post…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="76" />
        <source>添加班次…</source>
        <translation>Add shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="80" />
        <source>换班/代班…</source>
        <translation>Swap/cover…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="81" />
        <source>在周视图里选中一个班次，为它申请换班或请人代班</source>
        <translation>Select a shift in the week view to request a swap or cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="83" />
        <source>节假日表…</source>
        <translation>Holiday table…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="84" />
        <source>登记内置日历还没有的年份的放假和调休上班日</source>
        <translation>Record days off and make-up workdays for years the built-in calendar lacks</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="86" />
        <source>提前开始…</source>
        <translation>Early start…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="87" />
        <source>值班台上，班次开始前多少分钟起可以开始值班</source>
        <translation>How early a shift may be started at the desk</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="93" />
        <source>红底：空缺班次　橙底：冲突（重复排班、请假、休息不足、超过每周上限）　双击：月视图进入该周，周视图调整值班人</source>
        <translation>Red: unfilled shift　Orange: conflict (double-booked, on leave, too little rest, over weekly limit)　Double-click: open that week (month view), change volunteer (week view)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="143" />
        <source>全部岗位</source>
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="164" />
        <source>还没有志愿服务队</source>
        <translation>No volunteer teams yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="174" />
        <source>%1 年的放假安排尚未公布，已按法定节日推算，调休请在节假日表中补充</source>
        <translation>The %1 holiday schedule is not published yet; statutory holidays are computed — enter the make-up days in the holiday table</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="184" />
        <source>共 %1 个班次，空缺 %2 个，冲突 %3 个</source>
        <translation>%1 shifts, %2 unfilled, %3 conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="197" />
        <source>星期</source>
        <translation>Day </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="265" />
        <source>月视图</source>
        <translation>Month view</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="293" />
        <source>（空缺）</source>
        <translation>(unfilled)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="296" />
        <source>（请假）</source>
        <translation>(on leave)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="301" />
        <source>调整值班人</source>
        <translation>Change volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="301" />
        <source>值班人</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="307" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="334" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="307" />
        <source>%1这天请假，不能排班</source>
        <translation>%1 is on leave that day and cannot be rostered</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="329" />
        <source>重新生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="330" />
        <source>本月已有排班。未开始的班次将重新安排，已开始的保留。继续吗？</source>
        <translation>This month already has a rota. Shifts not yet started will be rearranged; started ones are kept. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="337" />
        <source>已生成 %1 个班次，空缺 %2 个</source>
        <translation>Generated %1 shifts, %2 unfilled</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="347" />
        <source>请先在周视图里选中一个班次，再申请换班或代班</source>
        <translation>First select a shift in the week view, then request a swap or cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="350" />
        <source>这个班次已经开始，不能再换班或代班</source>
        <translation>This shift has started; it can no longer be swapped or covered</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="357" />
        <source>已提交%1申请，请在“换班代班”里批准</source>
        <translation>%1 request submitted; approve it in “Swaps and cover”</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="384" />
        <source>值班记录表</source>
        <translation>Duty log form</translation>
    </message>
    <message>
        <source>请在所属社区的工作台上建立服务队</source>
        <translation>Create the team at a desk in the team's community</translation>
    </message>
    <message>
        <source>班次时间应写成 08:00-12:00</source>
        <translation>Write the shift time as 08:00-12:00</translation>
    </message>
    <message>
        <source>已添加班次 %1</source>
        <translation>Shift %1 added</translation>
    </message>
    <message>
        <source>新建服务队</source>
        <translation>New team</translation>
    </message>
    <message>
        <source>名称（如 西湖花园6号楼志愿服务队）</source>
        <translation>Name (e.g. 西湖花园6号楼志愿服务队)</translation>
    </message>
    <message>
        <source>添加岗位</source>
        <translation>Add post</translation>
    </message>
    <message>
        <source>岗位名称（如 值班室、巡楼、交通疏导）</source>
        <translation>Post name (e.g. guard desk, patrol round, traffic control)</translation>
    </message>
    <message>
        <source>巡楼打卡时间（如 10:00,16:00，可不填）</source>
        <translation>Patrol round times (e.g. 10:00,16:00; optional)</translation>
    </message>
    <message>
        <source>请先在“岗位”里选一个岗位</source>
        <translation>Choose a post under “Post” first</translation>
    </message>
    <message>
        <source>添加班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <source>时间（如 08:00-12:00）</source>
        <translation>Time (e.g. 08:00-12:00)</translation>
    </message>
    <message>
        <source>节假日也值班吗？</source>
        <translation>Also on duty on public holidays?</translation>
    </message>
    <message>
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="43" />
        <location filename="../../desktop/rehab/views/case_view.py" line="165" />
        <source>请在左侧选择个案</source>
        <translation>Select a case on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="52" />
        <location filename="../../desktop/rehab/views/case_view.py" line="56" />
        <location filename="../../desktop/rehab/views/case_view.py" line="63" />
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <location filename="../../desktop/rehab/views/case_view.py" line="82" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="52" />
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="53" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="54" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="56" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="57" />
        <location filename="../../desktop/rehab/views/case_view.py" line="66" />
        <source>检测</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="58" />
        <source>下次随访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="58" />
        <location filename="../../desktop/rehab/views/case_view.py" line="83" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="59" />
        <source>帮扶内容</source>
        <translation>Support given</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="60" />
        <source>新增随访(&amp;F)</source>
        <translation>New &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="61" />
        <source>随访记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="63" />
        <source>检测方式</source>
        <translation>Test type</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="64" />
        <location filename="../../desktop/rehab/views/case_view.py" line="76" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="64" />
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="66" />
        <source>打印检测记录</source>
        <translation>Print test record</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="68" />
        <source>离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="68" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="69" />
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="69" />
        <source>去往</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="70" />
        <source>书面申请</source>
        <translation>Written request</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="70" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="71" />
        <source>经批准</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="71" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="71" />
        <source>否（擅自离开）</source>
        <translation>No (unauthorised)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="73" />
        <source>登记请假外出</source>
        <translation>Record leave of absence</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="73" />
        <source>请假外出</source>
        <translation>Leave of absence</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="76" />
        <source>转介单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="79" />
        <source>新增转介</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="80" />
        <source>转介帮扶</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="82" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="83" />
        <source>记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="84" />
        <source>新增阶段记录</source>
        <translation>New stage note</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="84" />
        <source>阶段记录</source>
        <translation>Stage notes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="86" />
        <source>事实日期</source>
        <translation>Date of the facts</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="87" />
        <source>起草</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="87" />
        <source>情形</source>
        <translation>Circumstance</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="88" />
        <source>送出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="88" />
        <source>尚未送出</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="89" />
        <source>接收</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="94" />
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="119" />
        <source>修改(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="119" />
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="120" />
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="120" />
        <source>共享个案(&amp;S)</source>
        <translation>&amp;Share case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="121" />
        <source>打印个案摘要</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="122" />
        <source>打印帮扶记录表(&amp;P)</source>
        <translation>&amp;Print support record</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="128" />
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="151" />
        <source>打印所选报告</source>
        <translation>Print selected report</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="151" />
        <source>登记送出</source>
        <translation>Record as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="192" />
        <source>%1岁</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="197" />
        <source>%1 至 %2</source>
        <translation>%1 to %2</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="202" />
        <source>逃避或拒绝检测 %1 次；擅自离开 %2 次，累计 %3 天</source>
        <translation>Evaded or refused tests %1 times; left without approval %2 times, %3 days in all</translation>
    </message>
    <message>
        <source>活动模块未安装：无法显示禁毒志愿和宣传活动的参与情况。</source>
        <translation>Activities module not installed: anti-drug volunteering and awareness activities cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="217" />
        <source>禁毒宣传活动：参加 %1 次，担任志愿者 %2 次，志愿服务 %3 小时。</source>
        <translation>Anti-drug awareness activities: attended %1 times, volunteered %2 times, %3 volunteer hours.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="221" />
        <source>没有法定期限或第二十条提醒。</source>
        <translation>No statutory deadlines or Article 20 reminders.</translation>
    </message>
</context>
<context>
    <name>CertificateDialog</name>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="174" />
        <source>开具志愿服务记录证明</source>
        <translation>Issue a volunteer service certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="184" />
        <source>不填则按记录自动写明</source>
        <translation>Leave empty to describe it from the record</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="187" />
        <source>证明上印完整证件号码</source>
        <translation>Print the full ID number on the certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="189" />
        <source>出具组织</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="189" />
        <source>服务时间从</source>
        <translation>Service from</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="189" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="190" />
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="190" />
        <source>其他说明</source>
        <translation>Other notes</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="261" />
        <source>添加工作网络联系人</source>
        <translation>Add support-network contact</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="263" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="264" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="265" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="266" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="117" />
        <source>正在备份数据库，完成后邻里自动退出…</source>
        <translation>Backing up the database; Linli closes when it is done…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="153" />
        <source>请建立管理员账号</source>
        <translation>Please create the administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="167" />
        <source>正在登录 %s…</source>
        <translation>Signing in %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="173" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="200" />
        <source>已注销</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>CoverSheet</name>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="76" />
        <source>已锁屏</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="44" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="47" />
        <source>程序遇到意外错误。已保存的数据不会丢失；正在进行的这一步没有保存。
请把下面的报告复制给管理员（也已写入日志文件）。</source>
        <translation>Linli met an unexpected error. Saved data is safe; the step in progress was not saved.
Please copy the report below to your administrator (it is also in the log file).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="53" />
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>DayRecordDialog</name>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="68" />
        <source>今日记录</source>
        <translation>Today's record</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="81" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="106" />
        <source>%1 的班次</source>
        <translation>Shifts of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="110" />
        <source>这一天没有排班</source>
        <translation>No shifts this day</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="111" />
        <source>巡查</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="114" />
        <source>补记…</source>
        <translation>Enter late…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="116" />
        <source>这一天没有巡查</source>
        <translation>No rounds this day</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="118" />
        <source>待确认的未签退班次（%1）</source>
        <translation>Shifts not ended, to confirm (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="120" />
        <source>确认时长…</source>
        <translation>Confirm hours…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="122" />
        <source>值班日志（%1 条）</source>
        <translation>Duty log (%1 entries)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="157" />
        <source>补记巡查</source>
        <translation>Enter a missed round</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="157" />
        <source>%1 的巡查确实巡过？请写明原因：</source>
        <translation>Was round %1 walked after all? Give the reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="164" />
        <source>已补记 %1 的巡查</source>
        <translation>Round %1 entered late</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="170" />
        <source>确认时长</source>
        <translation>Confirm hours</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="170" />
        <source>%1
按排班结束时间计时长，请写明依据：</source>
        <translation>%1
Hours counted to the scheduled end; on what grounds?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/day_record.py" line="177" />
        <source>已确认 %1 的时长</source>
        <translation>Hours of %1 confirmed</translation>
    </message>
</context>
<context>
    <name>DeskLock</name>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="223" />
        <source>%s 起锁屏 · %s</source>
        <translation>Locked since %s · %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="235" />
        <source>请输入用户名和密码</source>
        <translation>Please enter the user name and password</translation>
    </message>
</context>
<context>
    <name>DeskQuestions</name>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="21" />
        <source>结束值班</source>
        <translation>End duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="22" />
        <source>这个班 %1 已经结束，现在是 %2。
您是值到现在，还是 %1 就离开了？</source>
        <translation>This shift ended at %1; it is %2 now.
Were you on duty until now, or did you leave at %1?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="24" />
        <source>值到现在</source>
        <translation>Until now</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="25" />
        <source>按 %1 结束</source>
        <translation>Ended at %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="27" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="36" />
        <location filename="../../desktop/duty/views/desk_questions.py" line="47" />
        <source>代班</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="36" />
        <source>替哪个班次值班？</source>
        <translation>Cover which shift?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="42" />
        <source>%1 这个班次空缺。
由您（%2）来值这个班吗？时长记在您的名下。</source>
        <translation>%1 has nobody on it.
Will you (%2) take it? The hours count as yours.</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_questions.py" line="44" />
        <source>这是 %3 的班次（%1），%3 还没有开始。
由您（%2）代 %3 值这个班吗？时长记在您的名下。</source>
        <translation>This is %3's shift (%1) and %3 has not started it.
Will you (%2) cover for %3? The hours count as yours.</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>值班室</source>
        <translation>Guard desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>中心前台</source>
        <translation>Centre reception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19" />
        <source>康复中心</source>
        <translation>Rehab centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="19" />
        <source>社工办公室</source>
        <translation>Social-work office</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="63" />
        <source>疑似重复的居民</source>
        <translation>Possible duplicate residents</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="71" />
        <source>以下几对记录可能是同一个人。请逐对核对：是同一人就选要保留的一条再合并；不是就点“不是同一人”。不会自动合并。</source>
        <translation>These pairs of records may be the same person. Check each pair: if it is the same person, choose the record to keep and merge; if not, click “Not the same person”. Nothing is merged automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="77" />
        <source>疑似重复列表</source>
        <translation>Possible duplicates list</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="79" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="79" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="79" />
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="99" />
        <source>记录一</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="79" />
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="99" />
        <source>记录二</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="87" />
        <source>保留哪一条：</source>
        <translation>Keep which record:</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="88" />
        <source>保留记录一</source>
        <translation>Keep record 1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="89" />
        <source>保留记录二</source>
        <translation>Keep record 2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="98" />
        <source>两条记录对照</source>
        <translation>The two records side by side</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="107" />
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="108" />
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="109" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="127" />
        <source>确认合并</source>
        <translation>Confirm merge</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="128" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="141" />
        <source>撤销合并</source>
        <translation>Undo merge</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="168" />
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="293" />
        <source>没有需要核对的疑似重复记录。</source>
        <translation>No possible duplicates to check.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="186" />
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="224" />
        <source>先选要保留哪一条</source>
        <translation>First choose which record to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="231" />
        <source>保留：%1。
另一条（%2）并入保留的这一条：它的关注事项、活动等关联记录都改到保留的记录上，保留记录中空着的信息由它补上，标签和备注合在一起。另一条不会真正删除，它标为“已合并”留在历史里（软删除），以后仍可查到，合并后也可以撤销。</source>
        <translation>Keep: %1.
The other record (%2) is merged into the kept one: its attention notes, activities and other linked records move to the kept record, it fills in any empty details there, and tags and notes are combined. The other record is not really deleted: it is marked “merged” and kept in history (soft delete), so it can still be found later, and the merge can be undone.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="236" />
        <source>将会：%1。</source>
        <translation>This will: %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="237" />
        <source>确认合并吗？</source>
        <translation>Merge?</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="259" />
        <source>已合并 %1：另一条记录已移入历史，改过来的关联记录 %2 条。%3</source>
        <translation>Merged %1: the other record moved to history; %2 linked records moved over. %3</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="276" />
        <source>已撤销合并：两条记录恢复原样。</source>
        <translation>Merge undone: both records are as they were.</translation>
    </message>
    <message>
        <source>保留：%1。
另一条（%2）并入保留的这一条：它的关注事项、活动等关联记录都改到保留的记录上，保留记录中空着的信息由它补上，标签和备注合在一起。另一条不会真正删除，它标为“已合并”留在历史里（软删除），以后仍可查到。确认合并吗？</source>
        <translation type="unfinished">Keep: %1.
The other record (%2) is merged into the kept one: its attention notes, activities and other linked records move to the kept record, it fills in any empty details there, and tags and notes are combined. The other record is not really deleted: it is marked “merged” and kept in history (soft delete), so it can still be found later. Merge?</translation>
    </message>
    <message>
        <source>已合并 %1：另一条记录已移入历史，改过来的关联记录 %2 条。</source>
        <translation>Merged %1: the other record moved to history; %2 linked records moved over.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="286" />
        <source>已跳过 %1（本次不再显示）。</source>
        <translation>Skipped %1 (not shown again this time).</translation>
    </message>
</context>
<context>
    <name>DutyCertificateButton</name>
    <message>
        <source>开具并打印证明…</source>
        <translation>Issue and print certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/duty_certificate.py" line="47" />
        <source>请先选中一位队员</source>
        <translation>Select a member first</translation>
    </message>
    <message>
        <source>保存证明</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/duty_certificate.py" line="38" />
        <source>开具并打印证明</source>
        <translation>Issue and print certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/duty_certificate.py" line="67" />
        <source>已开具证明 %1：%2</source>
        <translation>Certificate %1 issued: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/duty_certificate.py" line="74" />
        <source>已开过证明</source>
        <translation>Certificate already issued</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/duty_certificate.py" line="74" />
        <source>仍要再开一份吗？</source>
        <translation>Issue another one anyway?</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/duty_certificate.py" line="79" />
        <source>志愿服务证明</source>
        <translation>Volunteer service certificate</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="34" />
        <source>排班日历</source>
        <translation>Rota calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="36" />
        <source>队员·时长·经费</source>
        <translation>Members · hours · fund</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="41" />
        <source>值班台</source>
        <translation>Duty desk</translation>
    </message>
</context>
<context>
    <name>DutyTodaySection</name>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="23" />
        <source>志愿值班</source>
        <translation>Volunteer duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="42" />
        <source>还没有志愿服务队</source>
        <translation>No volunteer teams yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="49" />
        <source>现在：</source>
        <translation>Now: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="49" />
        <source>没有班次</source>
        <translation>no shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="50" />
        <source>下一班：</source>
        <translation>Next: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="50" />
        <source>今天没有了</source>
        <translation>none today</translation>
    </message>
    <message>
        <source>漏巡：</source>
        <translation>Missed round: </translation>
    </message>
    <message>
        <source>未到岗：</source>
        <translation>No-show: </translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="278" />
        <source>修改个案信息</source>
        <translation>Edit case details</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="279" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="281" />
        <source>化名（列表中显示）</source>
        <translation>Alias (shown in lists)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="282" />
        <source>决定书编号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="283" />
        <source>决定机关</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="284" />
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="285" />
        <source>执行开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="286" />
        <source>期满日期</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="286" />
        <source>留空则为三年</source>
        <translation>Leave empty for three years</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="288" />
        <source>报到日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="288" />
        <source>未报到则留空</source>
        <translation>Leave empty if not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="290" />
        <source>协议签订日期</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="290" />
        <source>未签则留空</source>
        <translation>Leave empty if not signed</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="292" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="294" />
        <source>公安联络人</source>
        <translation>Police contact</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="295" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ElderPage</name>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="25" />
        <source>前台签到</source>
        <translation>Reception check-in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="27" />
        <source>会员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="45" />
        <source>功能室</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="46" />
        <source>服务记录</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="47" />
        <source>生日会</source>
        <translation>Birthday party</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="48" />
        <source>探访</source>
        <translation>Visits</translation>
    </message>
</context>
<context>
    <name>ElderTodaySection</name>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="58" />
        <source>养老中心 今日</source>
        <translation>Elder centre today</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="58" />
        <source>到达 %1 人 · 午餐 %2 份</source>
        <translation>%1 arrived · %2 lunches</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="60" />
        <source>逾期 %1 天</source>
        <translation>%1 days overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="63" />
        <source>探访逾期 %1 位</source>
        <translation>%1 visits overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="63" />
        <source>没有逾期的探访</source>
        <translation>No overdue visits</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="64" />
        <source>%1 岁</source>
        <translation>aged %1</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="64" />
        <source>（农历）</source>
        <translation> (lunar)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="67" />
        <source>本月生日 %1 位</source>
        <translation>%1 birthdays this month</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="68" />
        <source>本月没有会员过生日</source>
        <translation>No member birthdays this month</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="89" />
        <source>……另有 %1 条</source>
        <translation>…and %1 more</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="134" />
        <source>添加记录</source>
        <translation>Add entry</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="145" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="149" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="149" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="150" />
        <source>名称／内容</source>
        <translation>Name / content</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="150" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="151" />
        <source>时长</source>
        <translation>Duration</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="151" />
        <source>组织者／授予单位／评价人</source>
        <translation>Organiser / awarded by / evaluator</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="152" />
        <source>评价等次</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>EstateQuestion</name>
    <message>
        <location filename="../../desktop/roster/views/estate_question.py" line="14" />
        <source>楼栋属于哪个小区？</source>
        <translation>Which estate are the buildings in?</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/estate_question.py" line="16" />
        <source>表中有 %1 行只写了楼栋号（如 %2），本社区有几个小区都有同名的楼栋。这张表的楼栋属于哪个小区？</source>
        <translation>%1 rows of the sheet give only a building (e.g. %2), and several estates of this community have buildings of that name. Which estate are this sheet's buildings in?</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/estate_question.py" line="26" />
        <source>都不是：这些行先不导入</source>
        <translation>None of these: leave those rows out for now</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/estate_question.py" line="28" />
        <source>只用于没有写小区名的行；写了小区名的行按表中所写。</source>
        <translation>Only for rows that name no estate; rows that name one keep it.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/estate_question.py" line="33" />
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/estate_question.py" line="34" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>FieldMaker</name>
    <message>
        <location filename="../../desktop/roster/views/person_fields.py" line="119" />
        <source>如 1950-03-05，可由身份证号得出</source>
        <translation>e.g. 1950-03-05; can be taken from the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_fields.py" line="121" />
        <source>18 位，可留空</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_fields.py" line="123" />
        <source>拼音，每字一个音节，如 shan tian fang</source>
        <translation>Pinyin, one syllable per character, e.g. shan tian fang</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="68" />
        <source>邻里 · 首次使用</source>
        <translation>Linli · First start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="69" />
        <source>欢迎使用邻里。请先建立管理员账号。</source>
        <translation>Welcome to Linli. Please create the administrator account first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="70" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="72" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="73" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="74" />
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="79" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="95" />
        <source>新增随访记录</source>
        <translation>New follow-up record</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="96" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="97" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="98" />
        <source>帮扶内容</source>
        <translation>Support given</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="99" />
        <source>检测方式</source>
        <translation>Test type</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="99" />
        <source>（本次未检测）</source>
        <translation>(not tested this time)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="100" />
        <source>检测结果</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="100" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="101" />
        <source>下次随访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="101" />
        <source>留空则按随访计划</source>
        <translation>Leave empty to follow the plan</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="75" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="76" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuardDeskView</name>
    <message>
        <source>现在值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <source>下一班</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="66" />
        <source>今日记录</source>
        <translation>Today's record</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="68" />
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="70" />
        <source>写日志</source>
        <translation>Write log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="77" />
        <source>确认接班</source>
        <translation>Acknowledge</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="174" />
        <source>现在　</source>
        <translation>Now　</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="176" />
        <source>今明两天没有下一班了</source>
        <translation>No next shift today or tomorrow</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="177" />
        <source>下一班　</source>
        <translation>Next　</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="186" />
        <location filename="../../desktop/duty/views/guard_desk.py" line="187" />
        <source>还没有志愿服务队</source>
        <translation>No volunteer teams yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="188" />
        <location filename="../../desktop/duty/views/guard_desk.py" line="250" />
        <source>开始值班</source>
        <translation>Start duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="189" />
        <location filename="../../desktop/duty/views/guard_desk.py" line="264" />
        <source>结束值班</source>
        <translation>End duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="194" />
        <source>空缺</source>
        <translation>Unfilled</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="195" />
        <source>代班</source>
        <translation>Cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="196" />
        <source>%1 个班次</source>
        <translation>%1 shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="212" />
        <source>上一班交接：</source>
        <translation>Hand-over: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="218" />
        <source>还没开始</source>
        <translation>Not started</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="220" />
        <source>已到岗，过了结束时间还没结束</source>
        <translation>Arrived; past the end and not ended yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="243" />
        <source>现在不能操作</source>
        <translation>Not possible now</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="258" />
        <source>%1：已开始值班（%2），%3</source>
        <translation>%1: duty started (%2), %3</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="279" />
        <source>%1：已结束值班（%2），%3，辛苦了</source>
        <translation>%1: duty ended (%2), %3. Thank you</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="286" />
        <source>现在没有需要代班的班次</source>
        <translation>No shift to cover now</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="296" />
        <source>代 %1 </source>
        <translation>for %1 </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="297" />
        <source>%1：已开始值班，%2值 %3，%4</source>
        <translation>%1: duty started, %2on %3, %4</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="308" />
        <source>%1 的巡查已打卡</source>
        <translation>Round %1 checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="318" />
        <source>已确认接班：%1 的交接</source>
        <translation>Acknowledged %1's hand-over</translation>
    </message>
    <message>
        <source>写值班日志</source>
        <translation>Write duty log</translation>
    </message>
    <message>
        <source>我的班次</source>
        <translation>My shifts</translation>
    </message>
    <message>
        <source>请人代班…</source>
        <translation>Ask for cover…</translation>
    </message>
    <message>
        <source>换班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <source>巡楼打卡</source>
        <translation>Patrol round check-in</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="162" />
        <source>还没有志愿服务队：请社工先建立服务队和排班</source>
        <translation>No volunteer team yet: ask the social worker to set up a team and rota</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="173" />
        <source>现在没有班次</source>
        <translation>No shift now</translation>
    </message>
    <message>
        <source>今天没有下一班了</source>
        <translation>No more shifts today</translation>
    </message>
    <message>
        <source>%1 %2 打卡</source>
        <translation>Check in %1 %2</translation>
    </message>
    <message>
        <source>现在没有要打卡的巡楼（今天已巡 %1 次）</source>
        <translation>No patrol round due now (%1 done today)</translation>
    </message>
    <message>
        <source>漏巡：%1 %2</source>
        <translation>Missed round: %1 %2</translation>
    </message>
    <message>
        <source>未到岗：%1</source>
        <translation>No-show: %1</translation>
    </message>
    <message>
        <source>下一个：%1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>（之后还有 %1 个）</source>
        <translation> (%1 more after)</translation>
    </message>
    <message>
        <source>近四周没有排到我的班次</source>
        <translation>No shifts for me in the next four weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="222" />
        <source>已到岗</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="218" />
        <source>未到岗</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <source>%1：已开始值班，%2</source>
        <translation>%1: duty started, %2</translation>
    </message>
    <message>
        <source>%1：已结束值班，辛苦了</source>
        <translation>%1: duty ended, thank you</translation>
    </message>
    <message>
        <source>%1 巡楼已打卡（%2）</source>
        <translation>%1 patrol round checked in (%2)</translation>
    </message>
    <message>
        <source>%1申请已提交，等队长或社工批准</source>
        <translation>%1 request submitted; waiting for a captain or social worker to approve</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="341" />
        <source>值班日志已保存</source>
        <translation>Duty log saved</translation>
    </message>
</context>
<context>
    <name>HistoryList</name>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="48" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="48" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="48" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="48" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="49" />
        <source>原来</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_tabs.py" line="49" />
        <source>改为</source>
        <translation>Changed to</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="28" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="50" />
        <source>节假日表</source>
        <translation>Holiday table</translation>
    </message>
    <message>
        <source>这里登记的日子优先于程序内置的节假日日历；内置日历还没有的年份，请按国务院公布的放假安排填写放假日和调休上班日。</source>
        <translation>Days recorded here override the built-in holiday calendar. For years it does not cover yet, enter the days off and make-up workdays from the State Council's published holiday schedule.</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="39" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="40" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="42" />
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="48" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="56" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="48" />
        <source>星期</source>
        <translation>Day </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="49" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="60" />
        <source>安排</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="49" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="63" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="46" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="58" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="135" />
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="30" />
        <source>这里登记的日子优先于程序内置的节假日日历；内置日历还没有的年份，先按法定节日推算（元旦、除夕至初三、清明、劳动节两天、端午、中秋、国庆三天），请按国务院公布的放假安排补充放假日和调休上班日，登记完后勾选“已登记完整”。</source>
        <translation>Days entered here take precedence over the built-in holiday calendar. For a year it does not know yet, the statutory holidays are computed (New Year's Day, Spring Festival eve to the 3rd day, Qingming, two days of Labour Day, Dragon Boat, Mid-Autumn, three days of National Day); add the days off and make-up workdays of the State Council's schedule, then tick "entered in full".</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="46" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="59" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="135" />
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="62" />
        <source>名称，如 春节、国庆</source>
        <translation>Name, e.g. 春节, 国庆</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="65" />
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="66" />
        <source>回车或 Ctrl+Enter 添加这一天</source>
        <translation>Enter or Ctrl+Enter adds this day</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="69" />
        <source>删除选中的日子</source>
        <translation>Delete selected day</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="77" />
        <source>本年的放假和调休已按国务院通知登记完整</source>
        <translation>This year's days off and make-up days are entered in full from the State Council's notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="78" />
        <source>勾选后，排班表和打印件不再提示“放假安排尚未公布”</source>
        <translation>Once ticked, the rota and its printout no longer say the schedule is unpublished</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="85" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="107" />
        <source>内置日历已有 %1 年的安排，这里只需登记要改动的日子</source>
        <translation>The built-in calendar already covers %1; record only the days to change</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="108" />
        <source>内置日历还没有 %1 年的安排，现按法定节日推算；请在这里登记调休</source>
        <translation>The built-in calendar has no schedule for %1 yet; statutory holidays are computed — enter the make-up days here</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="165" />
        <source>%1 年已登记完整，不再按法定节日推算提示</source>
        <translation>%1 is entered in full; no more computed-schedule notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="166" />
        <source>%1 年改回“尚未登记完整”，排班表会提示按法定节日推算</source>
        <translation>%1 is marked not entered in full; the rota will say the schedule is computed</translation>
    </message>
    <message>
        <source>内置日历还没有 %1 年的安排，请在这里登记</source>
        <translation>The built-in calendar does not cover %1 yet; please record it here</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="121" />
        <source>%1 年还没有登记任何日子</source>
        <translation>No days recorded for %1 yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="134" />
        <source>已登记 %1 %2</source>
        <translation>Recorded %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="143" />
        <source>请先在表里选中一天</source>
        <translation>First select a day in the table</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="153" />
        <source>已删除 %1，这天按内置日历或平常的周末安排</source>
        <translation>Deleted %1; this day follows the built-in calendar or normal weekends</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="41" />
        <source>从 Excel 导入花名册</source>
        <translation>Import roster from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="53" />
        <source>导入到社区：</source>
        <translation>Import into community:</translation>
    </message>
    <message>
        <source>选择 Excel 文件…</source>
        <translation>Choose Excel file…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="68" />
        <source>还没有选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="81" />
        <source>列的对应：</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="84" />
        <source>表格中的列</source>
        <translation>Column in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="84" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="98" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="102" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="103" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <source>原表行号</source>
        <translation>Sheet row</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="98" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="103" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="98" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>将更改</source>
        <translation>Will change</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="102" />
        <source>跳过原因</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="104" />
        <source>有问题的行</source>
        <translation>Problem rows</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="105" />
        <source>合并到已有居民</source>
        <translation>Merged into existing residents</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="106" />
        <source>跳过的行</source>
        <translation>Skipped rows</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="125" />
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="128" />
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="132" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>选择花名册 Excel 文件</source>
        <translation>Choose roster Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="366" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="178" />
        <source>先选择导入到哪个社区</source>
        <translation>Choose the community to import into first</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="62" />
        <source>选择花名册文件…</source>
        <translation>Choose roster file…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="72" />
        <source>只写了楼栋号的行属于小区：</source>
        <translation>Rows that give only a building belong to estate:</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="98" />
        <source>表中的值</source>
        <translation>Value in the sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <source>原来</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="101" />
        <source>改为</source>
        <translation>Changed to</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="103" />
        <source>出生年月（日期不全）</source>
        <translation>Year and month of birth (date incomplete)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="107" />
        <source>日期不全</source>
        <translation>Date incomplete</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <source>读音</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <source>列</source>
        <translation>Column</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <source>去除的不可见字符</source>
        <translation>Invisible characters removed</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="112" />
        <source>去除的字符</source>
        <translation>Removed characters</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="162" />
        <source>选择花名册文件</source>
        <translation>Choose roster file</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="163" />
        <source>花名册 (*.xlsx *.xls *.csv)</source>
        <translation>Rosters (*.xlsx *.xls *.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="163" />
        <source>Excel 文件 (*.xlsx *.xls)</source>
        <translation>Excel files (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="163" />
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="164" />
        <source>所有文件 (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="184" />
        <source>已读 %1 / %2 行</source>
        <translation>%1 of %2 rows read</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="185" />
        <source>正在读取花名册…</source>
        <translation>Reading the roster…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="222" />
        <source>已取消读取花名册。</source>
        <translation>Reading the roster was cancelled.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="252" />
        <source>%1（%2）</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="328" />
        <source>无变化</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="260" />
        <source>确认：%1 位居民将搬到新住址（红色的行），核对无误才勾选</source>
        <translation>Confirm: %1 residents will move to a new address (the red rows); tick only once checked</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="341" />
        <source>%1年%2月</source>
        <translation>%1-%2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="265" />
        <source>日期不全（%1）</source>
        <translation>Date incomplete (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="269" />
        <source>（未指定）</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="275" />
        <source>有问题的行（%1）</source>
        <translation>Problem rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="276" />
        <source>合并到已有居民（%1）</source>
        <translation>Merged into existing (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="277" />
        <source>跳过的行（%1）</source>
        <translation>Skipped rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="281" />
        <source>去除的字符（%1）</source>
        <translation>Removed characters (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="284" />
        <source>预览（%1，%2）：新增 %3 人，合并到已有居民 %4 人，有问题 %5 行（不导入，列入错误报告）。确认后才会写入。</source>
        <translation>Preview (%1, %2): %3 new, %4 merged into existing residents, %5 problem rows (not imported, listed in the error report). Nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="294" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="304" />
        <source>导入完成：新增 %1 人，合并 %2 人，未导入 %3 行。</source>
        <translation>Import done: %1 new, %2 merged, %3 rows not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="314" />
        <source>读音（%1）</source>
        <translation>Readings (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="349" />
        <source>导入没有完成，什么都没有写入：</source>
        <translation>Import did not finish; nothing was written: </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="353" />
        <source>已取消导入，什么都没有写入。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="366" />
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="376" />
        <source>错误报告已保存：</source>
        <translation>Error report saved: </translation>
    </message>
</context>
<context>
    <name>LockCover</name>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="58" />
        <source>已锁屏</source>
        <translation>Locked</translation>
    </message>
</context>
<context>
    <name>LockPrompt</name>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="116" />
        <source>已锁屏</source>
        <translation>Locked</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="132" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="133" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="134" />
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/idle_lock.py" line="145" />
        <source>本人输入密码即可继续，未保存的内容都还在。
换人使用：输入您自己的用户名和密码（上一位未保存的内容不保留）。</source>
        <translation>Enter your password to go on; unsaved input is still there.
Someone else: enter your own user name and password (the previous user's unsaved input is dropped).</translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="41" />
        <source>写值班日志</source>
        <translation>Write duty log</translation>
    </message>
    <message>
        <source>写下看到的情况和处理结果</source>
        <translation>Write down what you saw and what was done</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="57" />
        <source>写下看到的情况和处理结果（Ctrl+回车 保存）</source>
        <translation>Write down what you saw and what was done (Ctrl+Enter saves)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="64" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="65" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LogViewer</name>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="128" />
        <source>值班日志</source>
        <translation>Duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="135" />
        <source>我已看过交接，确认接班</source>
        <translation>I have read the hand-over</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="148" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="161" />
        <source>%1 值班日志（%2 条）</source>
        <translation>%1 duty log (%2 entries)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="166" />
        <source>今天还没有交接记录</source>
        <translation>No hand-over yet today</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="168" />
        <source>最近的交接：</source>
        <translation>Last hand-over: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="179" />
        <source>今天还没有值班日志</source>
        <translation>No duty log yet today</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_log.py" line="193" />
        <source>已确认接班</source>
        <translation>Hand-over acknowledged</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="97" />
        <source>邻里 · 登录</source>
        <translation>Linli · Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="98" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="99" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="100" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="104" />
        <source>数据库：%s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="108" />
        <source>数据库已加密：登录同时打开它。</source>
        <translation>The database is encrypted: signing in opens it.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="214" />
        <source>账号(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="215" />
        <source>注销</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="217" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="220" />
        <source>锁屏</source>
        <translation>Lock</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="232" />
        <source>页面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="233" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="234" />
        <location filename="../../desktop/ui/main_window.py" line="267" />
        <source>关于邻里</source>
        <translation>About Linli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="259" />
        <source>用户：%s（%s）</source>
        <translation>User: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="100" />
        <location filename="../../desktop/ui/main_window.py" line="261" />
        <source>工作台：%s</source>
        <translation>Desk: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="64" />
        <source>锁屏 (Ctrl+L)</source>
        <translation>Lock (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="66" />
        <source>离开座位时锁屏：数据隐藏，输入密码继续</source>
        <translation>Lock when you leave the desk: data hidden until the password is entered</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="91" />
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="159" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262" />
        <source>社区：%s</source>
        <translation>Community: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="262" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102" />
        <location filename="../../desktop/ui/main_window.py" line="263" />
        <source>数据库：%s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="268" />
        <source>邻里 Linli %s
社区社工站桌面程序：花名册、志愿值班、戒毒康复随访、养老中心、活动与签到。
数据保存在本机；多台电脑可共用一个 PostgreSQL 数据库。</source>
        <translation>Linli %s
Desktop application for community social-work stations: roster, volunteer duty, rehab follow-up, elder centre, activities and sign-in sheets.
Data stays on this computer; several desks can share one PostgreSQL database.</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="72" />
        <source>同意使用照片</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="87" />
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="89" />
        <source>删除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="99" />
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="101" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="101" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="101" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="110" />
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="112" />
        <source>删除联系人</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="121" />
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="130" />
        <source>按农历过生日</source>
        <translation>Lunar-calendar birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="132" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="137" />
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="138" />
        <source>慢性病</source>
        <translation>Chronic conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="139" />
        <source>健康备注</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="141" />
        <source>健康信息</source>
        <translation>Health information</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="143" />
        <source>（不变）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="148" />
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="149" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="151" />
        <source>续期至</source>
        <translation>Renew until</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="155" />
        <source>续期</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="176" />
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="185" />
        <source>会员没有同意使用照片，不能添加照片。请先勾选“同意使用照片”。</source>
        <translation>The member has not consented to photo use, so no photo can be added. First tick “Photo consent”.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="187" />
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="187" />
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="193" />
        <source>无法打开这个文件</source>
        <translation>Cannot open this file</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/member_dialog.py" line="196" />
        <source>照片太大（超过 2 MB），请换一张</source>
        <translation>Photo too large (over 2 MB); please choose another</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="32" />
        <source>可值班时间：%1</source>
        <translation>Availability: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="39" />
        <source>周</source>
        <translation>Day </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="44" />
        <source>可值班星期</source>
        <translation>Available days</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="49" />
        <location filename="../../desktop/duty/views/member_dialog.py" line="53" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="49" />
        <location filename="../../desktop/duty/views/member_dialog.py" line="55" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="50" />
        <source>如 08:00</source>
        <translation>e.g. 08:00</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="52" />
        <source>可值班时段</source>
        <translation>Available hours </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="57" />
        <source>（都不填：全天都可以）</source>
        <translation>(leave both empty: any time of day)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="59" />
        <source>每天时段</source>
        <translation>Daily hours</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="65" />
        <source> 个班次</source>
        <translation> shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="67" />
        <source>每周最多</source>
        <translation>Max per week</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="70" />
        <source>如 急救、电工、会说粤语（用顿号或逗号隔开）</source>
        <translation>e.g. first aid, electrician, speaks Cantonese (separate with commas)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="71" />
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="79" />
        <source>排班时只会把队员排在这些星期和时段里；请假日期请用“登记请假”。</source>
        <translation>Rotas only put the member on these days and hours; for time away use “Record leave”.</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="89" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="90" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/member_dialog.py" line="125" />
        <source>时间应写成 08:00 这样的格式</source>
        <translation>Write times like 08:00</translation>
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="46" />
        <source>姓名 / 会员号 / 手机尾号 / 拼音首字母</source>
        <translation>Name / member no. / phone ending / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="51" />
        <source>会员状态</source>
        <translation>Member status</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="52" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="57" />
        <source>会员类别</source>
        <translation>Member category</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="58" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="69" />
        <source>登记会员…</source>
        <translation>Register member…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="72" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="72" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="111" />
        <source>（显示前 %1 位）</source>
        <translation> (first %1 shown)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="124" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="124" />
        <source>请先在表中选中会员</source>
        <translation>Select members in the table first</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="112" />
        <source>共 %1 位</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="75" />
        <source>搬迁到其他户</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="84" />
        <source>（未登记住户）</source>
        <translation>(household not recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="85" />
        <source>把 %1 搬到另一户。现住：%2</source>
        <translation>Move %1 to another household. Lives at: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="95" />
        <source>搜索住址，如 6号楼501；↓ 到下面的列表</source>
        <translation>Search address, e.g. 6号楼501; ↓ to the list below</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="102" />
        <source>社区楼栋住户</source>
        <translation>Communities, buildings, households</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="105" />
        <source>选择已有住户</source>
        <translation>Choose existing household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="110" />
        <location filename="../../desktop/roster/views/move_dialog.py" line="120" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="113" />
        <source>如 西湖花园7号楼1单元302、7栋302、7-1-302</source>
        <translation>e.g. 西湖花园7号楼1单元302, 7栋302, 7-1-302</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="117" />
        <source>这是新地址：确认新建这一户</source>
        <translation>This is a new address: confirm creating this household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="121" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="124" />
        <source>输入地址</source>
        <translation>Enter address</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="134" />
        <source>可留空，如：随子女同住</source>
        <translation>Optional, e.g. lives with children</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="135" />
        <source>搬迁日期</source>
        <translation>Move date</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="136" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="147" />
        <source>确定搬迁</source>
        <translation>Confirm move</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="148" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="168" />
        <source>（现住）</source>
        <translation> (current)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/roster/views/move_dialog.py" line="168" />
        <source>（%n 人）</source>
        <translation><numerusform> (%n person)</numerusform><numerusform> (%n people)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="236" />
        <source>小区：%1　楼栋：%2　单元：%3　房号：%4</source>
        <translation>Estate: %1　Building: %2　Unit: %3　Room: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="277" />
        <source>搬到：%1（请勾选确认新建）</source>
        <translation>Move to: %1 (tick to confirm new household)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="278" />
        <source>搬到：（请选择一户或输入地址）</source>
        <translation>Move to: (choose a household or enter an address)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="280" />
        <source>搬到：%1（新建住户）</source>
        <translation>Move to: %1 (new household)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="282" />
        <source>搬到：%1</source>
        <translation>Move to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="294" />
        <source>请选择要搬去的一户，或输入地址并勾选确认新建</source>
        <translation>Choose the household to move to, or enter an address and tick to create it</translation>
    </message>
</context>
<context>
    <name>MovesList</name>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="50" />
        <source>迁入/迁出 记录</source>
        <translation>Move in/out records</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="51" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="51" />
        <source>迁出（原住址）</source>
        <translation>Move out (old address)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="51" />
        <source>迁入（新住址）</source>
        <translation>Move in (new address)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="59" />
        <location filename="../../desktop/roster/views/move_dialog.py" line="60" />
        <source>（无住户）</source>
        <translation>(no household)</translation>
    </message>
</context>
<context>
    <name>MyShifts</name>
    <message>
        <location filename="../../desktop/duty/views/desk_mine.py" line="29" />
        <source>请人代班…</source>
        <translation>Ask for cover…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_mine.py" line="31" />
        <source>换班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_mine.py" line="49" />
        <source>我的下一个班：%1</source>
        <translation>My next shift: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_mine.py" line="50" />
        <source>（之后还有 %1 个）</source>
        <translation> (%1 more after)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_mine.py" line="52" />
        <location filename="../../desktop/duty/views/desk_mine.py" line="58" />
        <source>之后四周没有排到我的班次</source>
        <translation>No shift of mine in the next four weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_mine.py" line="65" />
        <source>%1申请已提交，等队长或社工批准</source>
        <translation>%1 request submitted; waiting for a captain or social worker to approve</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="6" />
        <source>今日</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="6" />
        <source>花名册</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="7" />
        <source>志愿值班</source>
        <translation>Volunteer duty</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="7" />
        <source>戒毒康复</source>
        <translation>Rehab follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="8" />
        <source>养老中心</source>
        <translation>Elder centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="8" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="9" />
        <source>报表</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="9" />
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="10" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="169" />
        <source>新建个案</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="170" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="171" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="172" />
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="175" />
        <source>化名（列表中显示）</source>
        <translation>Alias (shown in lists)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="176" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="177" />
        <source>决定书编号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="178" />
        <source>决定机关</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="179" />
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="180" />
        <source>执行开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="181" />
        <source>报到日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="181" />
        <source>未报到则留空</source>
        <translation>Leave empty if not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="182" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="184" />
        <source>公安联络人</source>
        <translation>Police contact</translation>
    </message>
</context>
<context>
    <name>OrgDialog</name>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="203" />
        <source>志愿服务组织</source>
        <translation>Volunteer organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="212" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="212" />
        <source>负责人</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="213" />
        <source>联系电话</source>
        <translation>Contact phone</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="213" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/page.py" line="26" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>PendingQueue</name>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="51" />
        <source>确认签到</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="52" />
        <source>不签到</source>
        <translation>Do not check in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="98" />
        <source>  · 午餐</source>
        <translation>  · lunch</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="103" />
        <source>待确认 %1 位：空行回车逐一确认，Esc 不签到；也可点选后按右侧按钮</source>
        <translation>%1 waiting for confirmation: Enter on empty line asks about each, Esc turns away; or pick one and use the buttons</translation>
    </message>
</context>
<context>
    <name>PeopleActions</name>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="93" />
        <location filename="../../desktop/activities/views/people_actions.py" line="163" />
        <source>请先选择一个活动</source>
        <translation>Please select an activity first</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="115" />
        <source>已报名</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="115" />
        <source>名额已满，已进入候补</source>
        <translation>Full; added to the waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="133" />
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="138" />
        <source>已登记现场加入</source>
        <translation>Walk-in recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="152" />
        <source>已取消报名</source>
        <translation>Enrolment cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="157" />
        <source>已撤销签到</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="159" />
        <source>已移除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="180" />
        <source>先在上面找到这位志愿者</source>
        <translation>Find the volunteer above first</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="184" />
        <source>已记录志愿服务时长</source>
        <translation>Volunteer hours recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="188" />
        <source>选择签到表扫描件</source>
        <translation>Choose sign-in sheet scan</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="189" />
        <source>图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/people_actions.py" line="192" />
        <source>扫描件已保存</source>
        <translation>Scan saved</translation>
    </message>
</context>
<context>
    <name>PeopleTableModel</name>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="35" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="36" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="37" />
        <source>年龄</source>
        <translation>Age</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="38" />
        <source>出生日期</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="39" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="40" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="41" />
        <source>住址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="42" />
        <source>标签</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="43" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="61" />
        <source>男</source>
        <translation>M</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="61" />
        <source>女</source>
        <translation>F</translation>
    </message>
</context>
<context>
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="118" />
        <source>日期不全（只知道年月，如 1940-03）</source>
        <translation>Date incomplete (only year and month known, e.g. 1940-03)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="120" />
        <source>按这个读音排序和查找；读错了可以改，如“单”作姓读 shan</source>
        <translation>The name sorts and is found by this reading; correct it if wrong (e.g. 单 as a surname reads shan)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="133" />
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="134" />
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="135" />
        <source>删除 (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="136" />
        <source>搬迁到其他户…</source>
        <translation>Move to another household…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="152" />
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="312" />
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>原来</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>改为</source>
        <translation>Changed to</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="155" />
        <source>变更记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="157" />
        <source>关注事项</source>
        <translation>Attention notes</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="159" />
        <source>迁入/迁出 记录</source>
        <translation>Move in/out records</translation>
    </message>
    <message>
        <source>如 1950-03-05，可由身份证号得出</source>
        <translation>e.g. 1950-03-05; can be taken from the ID number</translation>
    </message>
    <message>
        <source>18 位，可留空</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>如：一家外出旅游，下周回来</source>
        <translation>e.g. family away on holiday, back next week</translation>
    </message>
    <message>
        <source>本人</source>
        <translation>This person</translation>
    </message>
    <message>
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <source>可留空：直到结束</source>
        <translation>Optional: until ended</translation>
    </message>
    <message>
        <source>关于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <source>添加关注事项</source>
        <translation>Add attention note</translation>
    </message>
    <message>
        <source>结束所选事项</source>
        <translation>End selected note</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="179" />
        <source>未选择</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="180" />
        <source>在表格中选一个人，按 Enter 编辑；Ctrl+N 新增</source>
        <translation>Select a person in the table, Enter to edit; Ctrl+N to add</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="212" />
        <source>身份证号只显示部分：没有修改此人的权限</source>
        <translation>ID number partly hidden: no permission to edit this person</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="227" />
        <source>新增居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <source>（全户）</source>
        <translation>(household) </translation>
    </message>
    <message>
        <source>先在上面选一条事项</source>
        <translation>Select a note above first</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="202" />
        <source>随访计划模板</source>
        <translation>Follow-up plan template</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="206" />
        <source>从第几月</source>
        <translation>From month</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="206" />
        <source>到第几月</source>
        <translation>To month</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="206" />
        <source>每几天联系</source>
        <translation>Contact every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="206" />
        <source>每几天检测</source>
        <translation>Test every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="214" />
        <source>添加阶段</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="217" />
        <source>删除最后阶段</source>
        <translation>Delete last stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="221" />
        <source>随访计划由督导维护，此处仅供查看。</source>
        <translation>The follow-up plan is kept by supervisors; it is view-only here.</translation>
    </message>
</context>
<context>
    <name>ReadingsPanel</name>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="38" />
        <source>新增居民的姓名按这里的读音排序和查找；读错了双击改正，如“单”作姓读 shan。</source>
        <translation>New residents' names sort and are found by these readings; double-click one to correct it (e.g. 单 as a surname reads shan).</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="42" />
        <source>只列出有多种读法的姓名</source>
        <translation>Only names with more than one reading</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="49" />
        <source>原表行号</source>
        <translation>Sheet row</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="49" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="49" />
        <source>读音（排序用）</source>
        <translation>Reading (sorts by)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="49" />
        <source>也可读作</source>
        <translation>Also read as</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="93" />
        <source>已改正</source>
        <translation>Corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="93" />
        <source>双击改正读音</source>
        <translation>Double-click to correct the reading</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_readings.py" line="110" />
        <source>第 %1 行 %2：</source>
        <translation>Row %1, %2: </translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="64" />
        <source>刷卡 / 会员号 / 手机尾号 / 拼音首字母，回车签到</source>
        <translation>Card / member no. / phone ending / pinyin initials, Enter checks in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="69" />
        <source>午餐（F2）</source>
        <translation>Lunch (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="81" />
        <source>请刷卡或输入会员号</source>
        <translation>Swipe card or enter member no.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="96" />
        <source>撤销签到（F8）</source>
        <translation>Undo check-in (F8)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="97" />
        <source>撤销午餐（F9）</source>
        <translation>Undo lunch (F9)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="135" />
        <source>回车 签到 · F2 或空格 切换午餐 · ↑↓ 选择同名会员 · Esc 取消 · F8/F9 撤销所选签到/午餐</source>
        <translation>Enter check in · F2 or Space toggle lunch · ↑↓ pick same-name member · Esc cancel · F8/F9 undo selected check-in/lunch</translation>
    </message>
    <message>
        <source>回车 签到 · F2 或空格 切换午餐 · ↑↓ 选择同名会员 · Esc 取消</source>
        <translation>Enter check in · F2 or Space toggle lunch · ↑↓ pick same-name member · Esc cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="186" />
        <location filename="../../desktop/elder/views/reception.py" line="191" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="236" />
        <source>%1 未签到（%2，已取消）</source>
        <translation>%1 not checked in (%2, cancelled)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="243" />
        <source>（午餐）</source>
        <translation> (lunch)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="244" />
        <source>%1：%2，确认仍要签到吗？%3
空行回车＝确认签到　Esc＝不签到　刷下一张卡＝让其稍候</source>
        <translation>%1: %2. Check in anyway?%3
Enter on empty line = check in　Esc = do not　Scan the next card = let them wait</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="304" />
        <source>%1岁</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="304" />
        <source>年龄未登记</source>
        <translation>age not recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="305" />
        <source>住址未登记</source>
        <translation>no address recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="307" />
        <source>  ✓已签到</source>
        <translation>  ✓ checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="339" />
        <source>今天还没有签到，没有可撤销的</source>
        <translation>No check-ins today: nothing to undo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="344" />
        <source>%1 的这次签到已经撤销</source>
        <translation>This check-in of %1 is already undone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="347" />
        <source>%1 没有登记午餐</source>
        <translation>%1 has no lunch recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="350" />
        <source>撤销 %1（%2，%3）的签到，原因：</source>
        <translation>Undo the check-in of %1 (%2, %3), reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="351" />
        <source>撤销 %1（%2，%3）的午餐，原因：</source>
        <translation>Undo the lunch of %1 (%2, %3), reason:</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="271" />
        <source>（↓ 选择，回车确认）</source>
        <translation>(↓ choose, Enter confirms)</translation>
    </message>
    <message>
        <source>　空行回车＝确认签到，Esc＝取消</source>
        <translation>　Enter on empty line = confirm check-in, Esc = cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="390" />
        <source>今日到达 %1 人　·　午餐 %2 份</source>
        <translation>Arrived today %1　·　Lunches %2</translation>
    </message>
    <message>
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="122" />
        <source>邻里 · 恢复码</source>
        <translation>Linli · Recovery code</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="124" />
        <source>数据库已加密。请把下面的恢复码抄在纸上，与电脑分开锁好。</source>
        <translation>The database is encrypted. Write the recovery code below on paper and lock it away from the computer.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="140" />
        <source>它只显示这一次。所有管理员都忘记密码时，用它（main.py user recover）重设密码；没有它，也没有任何账号的密码，数据就再也打不开。</source>
        <translation>It is shown this once. If every administrator forgets their password, it resets one (main.py user recover); without it or any account's password the data can never be opened again.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="145" />
        <source>数据库：%s（密钥文件 %s.keys 与它放在一起，备份时一并复制）</source>
        <translation>Database: %s (its key file %s.keys lies beside it and is copied with every backup)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="151" />
        <source>我已抄下</source>
        <translation>I have written it down</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="133" />
        <source>转介帮扶</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="134" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="135" />
        <source>转介单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="136" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="137" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="31" />
        <source>登记会员</source>
        <translation>Register member</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="33" />
        <source>在花名册中查找：姓名 / 拼音 / 电话</source>
        <translation>Search the roster: name / pinyin / phone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="43" />
        <source>按农历过生日</source>
        <translation>Lunar-calendar birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="44" />
        <source>同意使用照片</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="46" />
        <source>不符合入会条件时，填写例外原因</source>
        <translation>If not eligible, give the reason for the exception</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="48" />
        <source>紧急联系人：姓名 关系 电话</source>
        <translation>Emergency contact: name relation phone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="50" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="52" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="53" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="56" />
        <source>例外原因</source>
        <translation>Exception reason</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="57" />
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="62" />
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="63" />
        <source>慢性病</source>
        <translation>Chronic conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/register_dialog.py" line="93" />
        <source>请先在花名册中选择人员</source>
        <translation>Choose a person from the roster first</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="34" />
        <source>编号、姓名、志愿者编号、服务内容或组织</source>
        <translation>Serial, name, volunteer number, content or organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="43" />
        <source>全部年份</source>
        <translation>All years</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="45" />
        <source>%1年</source>
        <translation>%1</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="47" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="49" />
        <source>检索：</source>
        <translation>Search:</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="53" />
        <source>编号</source>
        <translation>Serial</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="53" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="54" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="54" />
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="55" />
        <source>服务时间</source>
        <translation>Service period</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="56" />
        <source>时长（小时）</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="57" />
        <source>出具组织</source>
        <translation>Issued by</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="58" />
        <source>出具日期</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="58" />
        <source>经办人</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="59" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="59" />
        <source>作废：</source>
        <translation>Void: </translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="59" />
        <source>有效</source>
        <translation>Valid</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="60" />
        <source>服务内容</source>
        <translation>Service content</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="62" />
        <location filename="../../desktop/volunteers/views/register_view.py" line="72" />
        <source>证明登记簿</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="70" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="70" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="71" />
        <source>所选证明（重新打印）</source>
        <translation>Selected certificate (reprint)</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="146" />
        <source>志愿服务证明登记簿</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <source>重新打印证明…</source>
        <translation>Print certificate again…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="67" />
        <source>作废…</source>
        <translation>Void…</translation>
    </message>
    <message>
        <source>打印登记簿…</source>
        <translation>Print register…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="104" />
        <source>共 %1 份（作废 %2 份），有效证明合计 %3 小时</source>
        <translation>%1 certificates (%2 void); valid ones total %3 hours</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="121" />
        <source>请先选中一份证明</source>
        <translation>First select a certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="124" />
        <source>志愿服务记录证明</source>
        <translation>Volunteer service certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="130" />
        <source>请先选中一份有效的证明</source>
        <translation>First select a valid certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="133" />
        <source>作废证明</source>
        <translation>Void certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="134" />
        <source>作废 %1 的原因（编号不再使用）</source>
        <translation>Why %1 is void (its number is not used again)</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/register_view.py" line="140" />
        <source>已作废 %1</source>
        <translation>%1 is void</translation>
    </message>
</context>
<context>
    <name>RehabAccessSection</name>
    <message>
        <location filename="../../desktop/rehab/views/access_section.py" line="34" />
        <source>禁毒数据访问</source>
        <translation>Rehab data access</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/access_section.py" line="68" />
        <source>您的账号还没有获授禁毒数据访问：请督导在其“今日”页授予。授予前看不到任何个案。</source>
        <translation>Your account has not been granted rehab data access yet: a supervisor grants it on their Today page. Until then no case is shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/access_section.py" line="82" />
        <source>等待授予（请先确认是本人的账号）：</source>
        <translation>Waiting for access (check the account is really that person's first):</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/access_section.py" line="86" />
        <source>授予</source>
        <translation>Grant</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/access_section.py" line="92" />
        <source>近 30 天的授予和变动：</source>
        <translation>Grants and changes in the last 30 days:</translation>
    </message>
</context>
<context>
    <name>RehabPage</name>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="42" />
        <source>搜索化名、姓名、拼音首字母、决定书编号（Ctrl+F）</source>
        <translation>Search alias, name, pinyin initials, decision no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="45" />
        <source>个案状态</source>
        <translation>Case status</translation>
    </message>
    <message>
        <source>在管</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="49" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="53" />
        <source>新建个案(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="56" />
        <source>空白家访表</source>
        <translation>Blank home-visit form</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="58" />
        <source>随访计划</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="60" />
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="71" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="76" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="78" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="86" />
        <source>个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="71" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="72" />
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="72" />
        <source>下次随访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="73" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="81" />
        <source>负责社工</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="73" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="78" />
        <source>应办日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="79" />
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="80" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/rehab/views/rehab_page.py" line="80" />
        <source>%n 天</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="84" />
        <source>到期/逾期</source>
        <translation>Due/overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="86" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="87" />
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="90" />
        <source>法定提醒</source>
        <translation>Statutory reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="127" />
        <source>个案（%1）</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="137" />
        <source>到期/逾期（%1）</source>
        <translation>Due/overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="138" />
        <source>法定提醒（%1）</source>
        <translation>Statutory reminders (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="183" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>RehabTodaySection</name>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="33" />
        <source>戒毒康复：本周到期和逾期的随访</source>
        <translation>Rehab follow-up: due this week and overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="65" />
        <source>须向公安机关报告 %1 件（《戒毒条例》第二十一条）：</source>
        <translation>%1 reports to the police to send (Drug Rehabilitation Regulations art. 21):</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="70" />
        <source>逾期 %1 个：</source>
        <translation>%1 overdue:</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="71" />
        <source>　%1　%2（%3，逾期 %4 天）</source>
        <translation>　%1　%2 (%3, %4 days overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="74" />
        <source>本周到期 %1 个：</source>
        <translation>%1 due this week:</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="77" />
        <source>法定提醒 %1 条：</source>
        <translation>%1 statutory reminders:</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="79" />
        <source>本周没有到期的随访，也没有法定提醒。</source>
        <translation>No follow-ups due this week and no statutory reminders.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/roster/module.py" line="14" />
        <source>花名册导出（Excel/CSV/PDF）</source>
        <translation>Roster export (Excel/CSV/PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/module.py" line="15" />
        <source>活动与参与统计（Excel，按期间）</source>
        <translation>Activities and attendance (Excel, by period)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/module.py" line="15" />
        <source>养老中心月度签到与午餐汇总（PDF，期间起始月）</source>
        <translation>Elder centre monthly check-ins and lunches (PDF, first month of period)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/module.py" line="17" />
        <source>养老中心会员名单（Excel/CSV）</source>
        <translation>Elder centre member list (Excel/CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/module.py" line="15" />
        <source>到期随访清单（CSV，截至期间结束日）</source>
        <translation>Follow-ups due (CSV, up to end of period)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/module.py" line="14" />
        <source>空白值班记录表（PDF）</source>
        <translation>Blank duty log form (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/modules.py" line="30" />
        <source>账号清单（PDF）</source>
        <translation>Account list (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/modules.py" line="32" />
        <source>审计记录导出（CSV）</source>
        <translation>Audit trail export (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="67" />
        <source>报表与打印</source>
        <translation>Reports and printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="79" />
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="95" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="97" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="99" />
        <source>生成…</source>
        <translation>Generate…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="53" />
        <source>换班 / 代班申请</source>
        <translation>Swap / cover request</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="72" />
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="74" />
        <source>请人代班（由别人替值这个班）</source>
        <translation>Cover (someone else takes this shift)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="75" />
        <source>换班（和别人的班次互换）</source>
        <translation>Swap (trade shifts with someone)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="76" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="80" />
        <location filename="../../desktop/duty/views/requests_dialog.py" line="133" />
        <source>代班人</source>
        <translation>Cover by</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="82" />
        <source>换成的班次</source>
        <translation>Shift to swap for</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="90" />
        <source>如 家里有事、身体不适（可不填）</source>
        <translation>e.g. family matter, unwell (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="91" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="93" />
        <source>申请提交后，由队长或社工在“换班代班”里批准，批准后排班才会改变。</source>
        <translation>After you submit, a captain or social worker approves it in “Swaps and cover”; the rota changes only once approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="101" />
        <source>提交申请</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="102" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="133" />
        <source>换成</source>
        <translation>Swap for</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="146" />
        <source>（当天请假）</source>
        <translation> (away that day)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="156" />
        <source>（近四周没有可以互换的班次）</source>
        <translation>(no shifts to swap in the next four weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="167" />
        <source>没有可以申请的班次</source>
        <translation>No shifts to request</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="171" />
        <source>请选择代班人</source>
        <translation>Choose who covers</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="171" />
        <source>请选择要换的班次</source>
        <translation>Choose the shift to swap for</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>社区社工</source>
        <translation>Community social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>禁毒社工</source>
        <translation>Rehab social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15" />
        <source>中心前台</source>
        <translation>Centre reception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="15" />
        <source>值班志愿者</source>
        <translation>Duty volunteer</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="71" />
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="72" />
        <source>预约</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="76" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="76" />
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="92" />
        <source>（%1 人）</source>
        <translation> (%1 people)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="119" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="119" />
        <source>开始时间请写成 09:00</source>
        <translation>Write the start time as 09:00</translation>
    </message>
</context>
<context>
    <name>RosterActions</name>
    <message>
        <location filename="../../desktop/roster/views/roster_actions.py" line="49" />
        <source>已删除 %1。</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_actions.py" line="118" />
        <source>先在左边选一栋楼</source>
        <translation>Select a building on the left first</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_actions.py" line="120" />
        <source>楼栋住户一览表</source>
        <translation>Building residents list</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_actions.py" line="125" />
        <source>先选一户（或该户的一个人）</source>
        <translation>Select a household (or one of its members) first</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_actions.py" line="128" />
        <source>户卡</source>
        <translation>Household card</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_actions.py" line="133" />
        <source>关注事项清单</source>
        <translation>Attention list</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="106" />
        <source>搜索：姓名、拼音首字母（如 cfs）、电话尾号、住址（如 6号楼501）、标签　Ctrl+F</source>
        <translation>Search: name, pinyin initials (e.g. cfs), phone ending, address (e.g. 6号楼501), tag　Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="118" />
        <source>按标签筛选</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="119" />
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="126" />
        <source>按年龄筛选</source>
        <translation>Filter by age</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="137" />
        <source>新增 (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="141" />
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="145" />
        <source>疑似重复…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="148" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="148" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="149" />
        <source>楼栋住户一览表</source>
        <translation>Building residents list</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="150" />
        <source>户卡</source>
        <translation>Household card</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="151" />
        <source>关注事项清单</source>
        <translation>Attention list</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="161" />
        <source>撤销 (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/roster/views/roster_page.py" line="90" />
        <location filename="../../desktop/roster/views/roster_page.py" line="133" />
        <location filename="../../desktop/roster/views/roster_page.py" line="308" />
        <source>共 %n 人</source>
        <translation><numerusform>%n person in all</numerusform><numerusform>%n people in all</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="372" />
        <source>先在左边选一个社区或住户，再按 Ctrl+N 新增</source>
        <translation>Select a community or household on the left, then press Ctrl+N</translation>
    </message>
    <message>
        <source>已删除 %1。</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <source>打印功能尚未安装</source>
        <translation>Printing is not installed</translation>
    </message>
    <message>
        <source>先在左边选一栋楼</source>
        <translation>Select a building on the left first</translation>
    </message>
    <message>
        <source>先选一户（或该户的一个人）</source>
        <translation>Select a household (or one of its members) first</translation>
    </message>
    <message>
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>以下姓名中有字体缺少的字，已按替代规则打印：</source>
        <translation>These names have characters missing from the font and were printed with substitutes: </translation>
    </message>
</context>
<context>
    <name>RosterTodaySection</name>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="98" />
        <source>关注事项</source>
        <translation>Attention notes</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="98" />
        <source>今天没有关注事项</source>
        <translation>No attention notes today</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="100" />
        <source>需要多看望</source>
        <translation>Need more visits</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="100" />
        <source>没有需要看望的人</source>
        <translation>Nobody needs a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="102" />
        <source>今天过生日</source>
        <translation>Birthdays today</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="102" />
        <source>今天没有人过生日</source>
        <translation>No birthdays today</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="116" />
        <source>到 %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="124" />
        <source>%1岁</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="131" />
        <source>%1岁生日</source>
        <translation>turns %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="131" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="167" />
        <source>还有 %1 条，请在花名册中查看</source>
        <translation>%1 more; see the Roster</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="174" />
        <source>看号码</source>
        <translation>Show number</translation>
    </message>
</context>
<context>
    <name>RosterTree</name>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="37" />
        <source>社区楼栋住户</source>
        <translation>Communities, buildings, households</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="46" />
        <location filename="../../desktop/roster/views/tree.py" line="47" />
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>RoundsAlerts</name>
    <message>
        <location filename="../../desktop/duty/views/desk_rounds.py" line="21" />
        <source>巡查打卡</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_rounds.py" line="47" />
        <source>%1 巡查打卡</source>
        <translation>Check in round %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_rounds.py" line="58" />
        <source>现在没有要打卡的巡查</source>
        <translation>No round due now</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_rounds.py" line="60" />
        <source>，下一次 %1</source>
        <translation>, next %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_rounds.py" line="61" />
        <source>（今天已巡 %1 次，漏巡 %2 次）</source>
        <translation> (%1 walked today, %2 missed)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/desk_rounds.py" line="66" />
        <source>……还有 %1 条，请看“今日记录”</source>
        <translation>… %1 more, see Today's record</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="162" />
        <source>登记报告送出</source>
        <translation>Record report as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="163" />
        <source>接收的公安机关/民警</source>
        <translation>Receiving police station/officer</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="137" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="155" />
        <source>会员号</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="163" />
        <source>测量：收缩压=130;舒张压=80</source>
        <translation>Measures: 收缩压=130;舒张压=80</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="164" />
        <source>记录服务</source>
        <translation>Record service</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="170" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="46" />
        <source>本机设置</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="53" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="59" />
        <source>字体放大（重启后生效）</source>
        <translation>Type size (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="63" />
        <source>本机所在社区</source>
        <translation>Community of this desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65" />
        <source>如 西湖花园6号楼</source>
        <translation>e.g. 西湖花园6号楼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="68" />
        <source>本机值守的楼栋</source>
        <translation>Building this desk looks after</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69" />
        <source>无操作自动锁屏（分钟）</source>
        <translation>Lock after idle minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="99" />
        <source>语言已保存，重新登录或重启后生效。</source>
        <translation>Language saved; it applies after signing in again or restarting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="103" />
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="107" />
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="107" />
        <source>新密码（至少8位）</source>
        <translation>New password (8+ characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="111" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="126" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="130" />
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="133" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="133" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="134" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="135" />
        <source>所属社区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="136" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="140" />
        <source>新建账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="140" />
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="141" />
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="211" />
        <source>每天第一次启动时、有改动后退出时自动备份并校验，保留 7 天、4 周、12 个月各一份；设置了第二个位置时另复制一份到那里。</source>
        <translation>A verified backup is made at each day's first start and at each exit after a change, keeping one for each of 7 days, 4 weeks and 12 months; with a second place set, a copy goes there too.</translation>
    </message>
    <message>
        <source>打印账号清单…</source>
        <translation>Print account list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="135" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="136" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="136" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="141" />
        <source>打印账号清单</source>
        <translation>Print account list</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="142" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="169" />
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="169" />
        <source>%s 的新密码：</source>
        <translation>New password for %s:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="173" />
        <source>密码已重设。</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="173" />
        <location filename="../../desktop/ui/settings_page.py" line="181" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="189" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="192" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="195" />
        <source>备份文件夹：%s</source>
        <translation>Backup folder: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="201" />
        <source>如 E:\邻里备份 或 \\服务器\共享\邻里</source>
        <translation>e.g. E:\Linli backups or \\server\share\Linli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="204" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="209" />
        <source>第二个位置（U 盘或网络文件夹）</source>
        <translation>Second place (USB drive or network folder)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="214" />
        <source>加密数据库的备份仍是加密的，密钥文件（.keys）随同复制。</source>
        <translation>Backups of an encrypted database stay encrypted; the key file (.keys) is copied with them.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="221" />
        <source>备份的第二个位置</source>
        <translation>Second place for backups</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="234" />
        <source>已备份，但第二份副本没有复制：%s</source>
        <translation>Backed up, but the second copy was not made: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="239" />
        <source>已备份并校验：%s（%d 行）</source>
        <translation>Backed up and verified: %s (%d rows)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="249" />
        <source>共享个案</source>
        <translation>Share case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="250" />
        <source>共享给禁毒社工</source>
        <translation>Share with rehab social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="253" />
        <source>共享后，对方可以查看和记录这个个案；可随时取消共享。</source>
        <translation>Once shared, they can view this case and add records to it; sharing can be withdrawn at any time.</translation>
    </message>
</context>
<context>
    <name>SheetEntryDialog</name>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="24" />
        <source>按签到表录入：</source>
        <translation>Enter from sign-in sheet: </translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="27" />
        <source>勾选在签到表上签了名的人（空格键勾选/取消）：</source>
        <translation>Tick the people who signed the sheet (Space ticks/unticks):</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="40" />
        <source>空白行上现场加入的人（每行一个姓名）：</source>
        <translation>Walk-ins written on blank lines (one name per line):</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="46" />
        <source>签到表扫描件（图片或 PDF，可不填）</source>
        <translation>Sheet scan (image or PDF, optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="47" />
        <source>选择…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="65" />
        <source>选择签到表扫描件</source>
        <translation>Choose sign-in sheet scan</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="66" />
        <source>图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="82" />
        <source>签到表已录入：新增 %1 人，现场加入 %2 人%3</source>
        <translation>Sign-in sheet entered: %1 added, %2 walk-ins%3</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="83" />
        <source>，扫描件已保存</source>
        <translation>, scan saved</translation>
    </message>
</context>
<context>
    <name>SheetPrinting</name>
    <message>
        <location filename="../../desktop/activities/views/sheet_printing.py" line="56" />
        <source>；以下姓名请手写补上：</source>
        <translation>; please write these names in by hand: </translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_printing.py" line="61" />
        <source>请先选择一个活动</source>
        <translation>Please select an activity first</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_printing.py" line="79" />
        <source>已送打印机：%1（%2 页）</source>
        <translation>Sent to the printer: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_printing.py" line="88" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_printing.py" line="94" />
        <source>已保存 %1（%2 页）</source>
        <translation>Saved %1 (%2 pages)</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="143" />
        <source>阶段记录</source>
        <translation>Stage notes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="144" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="145" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="146" />
        <source>记录</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="152" />
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="153" />
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="154" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="155" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="156" />
        <source>转往（转出时填写）</source>
        <translation>Transferred to (if transferred out)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="315" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>队长</source>
        <translation>Captain</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="318" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <source>可值班星期</source>
        <translation>Available days</translation>
    </message>
    <message>
        <source>时段</source>
        <translation>Times</translation>
    </message>
    <message>
        <source>每周最多</source>
        <translation>Max per week</translation>
    </message>
    <message>
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="73" />
        <source>添加居民…</source>
        <translation>Add resident…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="73" />
        <source>添加队外人员…</source>
        <translation>Add outside person…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="74" />
        <source>可值班时间…</source>
        <translation>Availability…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="75" />
        <source>登记请假…</source>
        <translation>Record leave…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="75" />
        <source>设为队长</source>
        <translation>Make leader</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="76" />
        <location filename="../../desktop/duty/views/team_view.py" line="348" />
        <source>移出服务队</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="82" />
        <source>导出选中队员的值班日历（.ics）…</source>
        <translation>Export selected members' duty calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="88" />
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="100" />
        <source>更正时长…</source>
        <translation>Correct hours…</translation>
    </message>
    <message>
        <source>开具并打印证明…</source>
        <translation>Issue and print certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <source>值班（小时）</source>
        <translation>Duty (h)</translation>
    </message>
    <message>
        <source>活动服务（小时）</source>
        <translation>Activities (h)</translation>
    </message>
    <message>
        <source>更正（小时）</source>
        <translation>Corrections (h)</translation>
    </message>
    <message>
        <source>合计（小时）</source>
        <translation>Total (h)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="120" />
        <source>服务时长</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>原值班人</source>
        <translation>Rostered</translation>
    </message>
    <message>
        <source>换给</source>
        <translation>Swapped to</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="337" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="132" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="133" />
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="140" />
        <location filename="../../desktop/duty/views/team_view.py" line="186" />
        <source>换班代班</source>
        <translation>Swaps and cover</translation>
    </message>
    <message>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <source>结余</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>打印收支表…</source>
        <translation>Print income and expenses…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="162" />
        <source>活动经费</source>
        <translation>Team fund</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="185" />
        <source>换班代班（%1 待批）</source>
        <translation>Swaps and cover (%1 pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="192" />
        <source>今年：期初 %1，收入 %2，支出 %3，结余 %4 元</source>
        <translation>This year: opening %1, income %2, expenses %3, balance %4 yuan</translation>
    </message>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="223" />
        <source>时长已更正</source>
        <translation>Hours corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="230" />
        <location filename="../../desktop/duty/views/team_view.py" line="290" />
        <location filename="../../desktop/duty/views/team_view.py" line="325" />
        <location filename="../../desktop/duty/views/team_view.py" line="355" />
        <source>请先选中一位队员</source>
        <translation>Select a member first</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="232" />
        <location filename="../../desktop/duty/views/team_view.py" line="236" />
        <source>更正时长</source>
        <translation>Correct hours</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="232" />
        <source>增加的分钟数（减少写负数）</source>
        <translation>Minutes to add (negative to subtract)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="236" />
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>已开具证明 %1：%2</source>
        <translation>Certificate %1 issued: %2</translation>
    </message>
    <message>
        <source>保存证明</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="110" />
        <source>（%1 个未签退，待队长确认）</source>
        <translation> (%1 not ended, for the captain)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="155" />
        <source>打印收支表</source>
        <translation>Print fund statement</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="155" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="263" />
        <location filename="../../desktop/duty/views/team_view.py" line="268" />
        <source>已加入服务队</source>
        <translation>Added to the team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="272" />
        <source>已登记请假</source>
        <translation>Leave recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="276" />
        <source>已设为队长</source>
        <translation>Made team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="280" />
        <source>已移出服务队</source>
        <translation>Removed from the team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="293" />
        <source>已保存 %1 的可值班时间</source>
        <translation>Saved availability for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="297" />
        <location filename="../../desktop/duty/views/team_view.py" line="310" />
        <source>添加居民</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="297" />
        <source>姓名、拼音或电话</source>
        <translation>Name, pinyin or phone</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="307" />
        <source>花名册里没有找到</source>
        <translation>Not found in the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="310" />
        <source>选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="315" />
        <location filename="../../desktop/duty/views/team_view.py" line="318" />
        <source>添加队外人员</source>
        <translation>Add outside person</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="327" />
        <location filename="../../desktop/duty/views/team_view.py" line="337" />
        <source>登记请假</source>
        <translation>Record leave</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="327" />
        <source>日期（如 2026-12-01 至 2026-12-05）</source>
        <translation>Dates (e.g. 2026-12-01 至 2026-12-05)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="335" />
        <source>日期看不懂：%1</source>
        <translation>Cannot read the date: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="348" />
        <source>确定把这位队员移出服务队吗？</source>
        <translation>Remove this member from the team?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="357" />
        <source>保存日历</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="365" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="375" />
        <source>活动经费收支表</source>
        <translation>Fund statement</translation>
    </message>
    <message>
        <source>保存收支表</source>
        <translation>Save income and expenses</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="15" />
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="15" />
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="16" />
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="16" />
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="17" />
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="17" />
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="18" />
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="50" />
        <source>正在读取今天的事项…</source>
        <translation>Reading today's items…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="82" />
        <source>今天没有需要特别注意的事项。</source>
        <translation>Nothing needs special attention today.</translation>
    </message>
    <message>
        <source>%1年%2月%3日 %4</source>
        <translation>%4, %1-%2-%3</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="89" />
        <source>%s，您好。</source>
        <translation>Hello, %s.</translation>
    </message>
</context>
<context>
    <name>TodayTableModel</name>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="13" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="13" />
        <source>会员号</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="14" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="14" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="15" />
        <source>午餐</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="15" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="36" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_model.py" line="48" />
        <source>已撤销 %1（%2）：%3</source>
        <translation>Undone %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="136" />
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="139" />
        <source>确定撤销（回车）</source>
        <translation>Undo (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception_panels.py" line="140" />
        <source>不撤销（Esc）</source>
        <translation>Keep (Esc)</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="23" />
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="43" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="44" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="45" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="46" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="47" />
        <source>所属社区</source>
        <translation>Communities</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="293" />
        <source>探访情况</source>
        <translation>Visit findings</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="297" />
        <source>记录探访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="301" />
        <source>选中的会员：</source>
        <translation>Selected members:</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="301" />
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="312" />
        <source>定期探访 %1 位，逾期 %2 位</source>
        <translation>%1 on regular visits, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="319" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="319" />
        <source>请先在表中选中会员</source>
        <translation>Select members in the table first</translation>
    </message>
</context>
<context>
    <name>VolunteerDialog</name>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="79" />
        <source>志愿者信息</source>
        <translation>Volunteer details</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="98" />
        <source>花名册里的居民身份证号不必再填</source>
        <translation>No need to repeat the roster's ID card number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="108" />
        <source>在册</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="112" />
        <source>所属组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="112" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="112" />
        <source>性别</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="113" />
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="113" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="114" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="114" />
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="115" />
        <source>注册平台</source>
        <translation>Registered on (system)</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="115" />
        <source>注册日期</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="116" />
        <source>加入日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="116" />
        <source>服务技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/dialogs.py" line="117" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VolunteersPage</name>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="44" />
        <source>姓名、拼音、电话或志愿者编号</source>
        <translation>Name, pinyin, phone or volunteer number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="58" />
        <source>组织：</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="58" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="59" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="61" />
        <source>组织信息…</source>
        <translation>Organisation…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="62" />
        <source>新增志愿者…</source>
        <translation>New volunteer…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="63" />
        <source>为服务过的居民建档</source>
        <translation>Open records for residents who served</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="79" />
        <source>证明登记簿</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="89" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="89" />
        <source>组织</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="90" />
        <source>志愿者编号</source>
        <translation>Volunteer number</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="91" />
        <source>值班</source>
        <translation>Duty</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="92" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="93" />
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="94" />
        <source>志愿者名单</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="112" />
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="117" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="112" />
        <source>来源</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="113" />
        <source>服务</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="113" />
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="118" />
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="114" />
        <source>小时</source>
        <translation>Hours</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="115" />
        <source>服务记录</source>
        <translation>Service record</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="117" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="118" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="119" />
        <source>学时／等次</source>
        <translation>Hours / rating</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="120" />
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="121" />
        <source>培训、表彰和评价</source>
        <translation>Training, awards and evaluations</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="123" />
        <source>修改信息…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="124" />
        <source>添加记录…</source>
        <translation>Add entry…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="125" />
        <source>开具证明…</source>
        <translation>Issue certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="127" />
        <source>打印记录表</source>
        <translation>Print record</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="127" />
        <source>另存为 PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="348" />
        <source>志愿服务记录证明</source>
        <translation>Volunteer service certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="364" />
        <source>志愿服务记录表</source>
        <translation>Volunteer service record</translation>
    </message>
    <message>
        <source>打印记录表…</source>
        <translation>Print record sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="138" />
        <source>志愿者</source>
        <translation>Volunteers</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="155" />
        <source>全部组织</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="189" />
        <source>志愿者 %1 人，这段时间服务合计 %2 小时</source>
        <translation>%1 volunteers; %2 hours of service in this period</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="216" />
        <source>M男</source>
        <comment>F女</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="217" />
        <source>志愿者编号 %1（%2）</source>
        <translation>Volunteer number %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="218" />
        <source>未注册志愿者编号</source>
        <translation>No volunteer number registered</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="219" />
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="221" />
        <source>服务时长（小时）：%1，合计 %2；培训 %3 学时</source>
        <translation>Service hours: %1, total %2; training %3 hours</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="240" />
        <source>先在上面选一个组织</source>
        <translation>First choose an organisation above</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="251" />
        <source>已保存组织信息</source>
        <translation>Saved the organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="262" />
        <source>已新增志愿者 %1</source>
        <translation>Added volunteer %1</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="268" />
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="297" />
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="316" />
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="360" />
        <source>请先选中一位志愿者</source>
        <translation>First select a volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="277" />
        <source>已保存 %1 的信息</source>
        <translation>Saved the details of %1</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="283" />
        <source>先在上面选一个社区的志愿服务组织</source>
        <translation>First choose a community's volunteer organisation above</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="291" />
        <source>已为 %1 位服务过的居民建立志愿者档案</source>
        <translation>Opened volunteer records for %1 residents who served</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="306" />
        <source>已添加%1记录</source>
        <translation>Added a %1 entry</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="339" />
        <source>已开过证明</source>
        <translation>Certificate already issued</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="339" />
        <source>仍要再开一份吗？</source>
        <translation>Issue another one anyway?</translation>
    </message>
    <message>
        <source>保存证明</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/volunteers/views/volunteers_page.py" line="346" />
        <source>已开具证明 %1：%2</source>
        <translation>Certificate %1 issued: %2</translation>
    </message>
    <message>
        <source>保存记录表</source>
        <translation>Save record sheet</translation>
    </message>
    <message>
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <source>提示</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>_Welcome</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="286" />
        <source>社区社工站：花名册 · 志愿值班 · 戒毒康复 · 养老中心 · 活动</source>
        <translation>Community social-work station: roster · volunteer duty · rehab follow-up · elder centre · activities</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="44" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="70" />
        <source>已送打印机：%1（%2 页）</source>
        <translation>Sent to the printer: %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="72" />
        <source>没有打印：%1</source>
        <translation>Not printed: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="82" />
        <source>另存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="89" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="142" />
        <source>账号清单</source>
        <translation>Account list</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/reports.py" line="22" />
        <location filename="../../desktop/ui/actions.py" line="40" />
        <location filename="../../desktop/ui/background.py" line="190" />
        <location filename="../../desktop/ui/printer.py" line="149" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="56" />
        <location filename="../../desktop/ui/reports_page.py" line="46" />
        <source>正在生成 %s…</source>
        <translation>Making %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printer.py" line="161" />
        <source>请留意</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printer.py" line="162" />
        <source>以下字没有字体可以打印，已用〓代替，请手写补上：%s</source>
        <translation>No font can print these characters; they were printed as 〓, please write them in by hand: %s</translation>
    </message>
    <message>
        <source>导出审计记录</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="31" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="41" />
        <source>已保存：%s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="43" />
        <source>（%d 条）</source>
        <translation> (%d records)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="44" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/reports.py" line="22" />
        <source>请先在设置中填写本机所在社区</source>
        <translation>First set this computer's community in Settings</translation>
    </message>
    <message>
        <source>已导出 %d 条记录。</source>
        <translation>Exported %d records.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict.py" line="15" />
        <source>已被其他工作台修改</source>
        <translation>Changed at another desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict.py" line="18" />
        <source>重新载入：显示对方保存的内容，您这次的输入不保存。
保留我的输入：先留在屏幕上（例如抄下来），稍后再重新载入。</source>
        <translation>Reload: show what the other desk saved; your input is not saved.
Keep my input: leave it on screen (e.g. to copy it) and reload later.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict.py" line="20" />
        <source>重新载入</source>
        <translation>Reload</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/conflict.py" line="21" />
        <source>保留我的输入</source>
        <translation>Keep my input</translation>
    </message>
    <message>
        <source>打印后删除</source>
        <translation>Delete after printing</translation>
    </message>
    <message>
        <source>“%s”只为打印而生成，里面有个人信息。
打印好后请删除，不要留在这台电脑上。</source>
        <translation>“%s” was made only to be printed and holds personal data.
Please delete it once printed; do not leave it on this computer.</translation>
    </message>
    <message>
        <source>打印好了，删除</source>
        <translation>Printed, delete it</translation>
    </message>
    <message>
        <source>保留文件</source>
        <translation>Keep the file</translation>
    </message>
    <message>
        <source>无法删除</source>
        <translation>Cannot delete</translation>
    </message>
    <message>
        <source>无法删除 %s：请先关闭 PDF 阅读器，再到导出文件夹删除。</source>
        <translation>Cannot delete %s: close the PDF reader first, then delete it in the export folder.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printer.py" line="103" />
        <source>打印：</source>
        <translation>Print: </translation>
    </message>
    <message>
        <location filename="../../desktop/ui/printer.py" line="151" />
        <source>正在准备打印：%s…</source>
        <translation>Preparing to print: %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/reports.py" line="16" />
        <source>空白值班记录表</source>
        <translation>Blank duty log form</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reports.py" line="22" />
        <source>养老中心月报</source>
        <translation>Elder centre monthly report</translation>
    </message>
</context>
<context>
    <name>self.parent_widget</name>
    <message>
        <location filename="../../desktop/ui/background.py" line="123" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/background.py" line="147" />
        <source>正在取消…</source>
        <translation>Cancelling…</translation>
    </message>
</context>
</TS>