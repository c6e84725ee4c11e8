<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="111" />
        <source>请假外出</source>
        <translation>Leave of absence</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="112" />
        <source>离开日期</source>
        <translation>Leaving on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="113" />
        <source>返回日期</source>
        <translation>Back on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="114" />
        <source>去往</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="115" />
        <source>事由</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="116" />
        <source>书面申请日期</source>
        <translation>Written request on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="116" />
        <source>未申请则留空</source>
        <translation>Leave empty if not requested</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="117" />
        <source>批准日期</source>
        <translation>Approved on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="117" />
        <source>未批准则留空</source>
        <translation>Leave empty if not approved</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="118" />
        <source>离开县（市、区）3日以上须书面申请并经批准，否则计为擅自离开。</source>
        <translation>Leaving the county (city, district) for 3 days or more needs a written request and approval; otherwise it counts as unauthorised absence.</translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="104" />
        <source>今天</source>
        <translation>Today</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="106" />
        <source>按月</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="107" />
        <source>按周</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="109" />
        <source>全部模块</source>
        <translation>All modules</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="113" />
        <source>按活动名称筛选</source>
        <translation>Filter by activity name</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="114" />
        <source>新建活动 (Ctrl+N)</source>
        <translation>New activity (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="141" />
        <source>请选择一个活动</source>
        <translation>Please select an activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="158" />
        <source>找人：姓名、拼音首字母、电话尾号、地址 (Ctrl+F)</source>
        <translation>Find: name, pinyin initials, phone ending, address (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="161" />
        <source>现场加入者姓名（回车登记）</source>
        <translation>Walk-in name (Enter to add)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="168" />
        <source>报名 (Enter)</source>
        <translation>Enrol (Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="169" />
        <source>签到 (Ctrl+Enter)</source>
        <translation>Check in (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="170" />
        <source>取消报名/撤销签到 (Del)</source>
        <translation>Unenrol/undo check-in (Del)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="171" />
        <source>附签到表扫描件</source>
        <translation>Attach sheet scan</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="177" />
        <source>按签到表录入…</source>
        <translation>Enter from sign-in sheet…</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="178" />
        <source>加为志愿者</source>
        <translation>Add as volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="182" />
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="183" />
        <source>修改本场… (Ctrl+E)</source>
        <translation>Edit this occurrence… (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="184" />
        <source>取消本次活动</source>
        <translation>Cancel this activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="190" />
        <source>打印签到表 (Ctrl+P)</source>
        <translation>Print sign-in sheet (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="191" />
        <source>签到表（含签到/签退时间）</source>
        <translation>Sign-in sheet (with in/out times)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="192" />
        <source>报名名单</source>
        <translation>Enrolment list</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="193" />
        <source>空白签到表</source>
        <translation>Blank sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="287" />
        <source>%1年%2月</source>
        <translation>%2/%1</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="335" />
        <source>这段时间没有活动</source>
        <translation>No activities in this period</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="352" />
        <source>组织者：%1　报名 %2　候补 %3　已签到 %4　志愿者 %5</source>
        <translation>Organiser: %1　Enrolled %2　Waiting %3　Checked in %4　Volunteers %5</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="356" />
        <source>已附扫描件：</source>
        <translation>Scans attached: </translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="393" />
        <location filename="../../desktop/activities/views/activities_page.py" line="463" />
        <location filename="../../desktop/activities/views/activities_page.py" line="532" />
        <source>请先选择一个活动</source>
        <translation>Please select an activity first</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="416" />
        <source>已报名</source>
        <translation>Enrolled</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="416" />
        <source>名额已满，已进入候补</source>
        <translation>Full; added to the waiting list</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="432" />
        <source>已签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="437" />
        <source>已登记现场加入</source>
        <translation>Walk-in recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="452" />
        <source>已取消报名</source>
        <translation>Enrolment cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="457" />
        <source>已撤销签到</source>
        <translation>Check-in undone</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="459" />
        <source>已移除</source>
        <translation>Removed</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="478" />
        <source>先在上面找到这位志愿者</source>
        <translation>Find the volunteer above first</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="482" />
        <source>已记录志愿服务时长</source>
        <translation>Volunteer hours recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="496" />
        <source>取消活动</source>
        <translation>Cancel activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="496" />
        <source>确定取消本次活动？已报名的人不会自动收到通知。</source>
        <translation>Cancel this activity? Enrolled people are not notified automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="498" />
        <source>活动已取消</source>
        <translation>Activity cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="502" />
        <source>选择签到表扫描件</source>
        <translation>Choose sign-in sheet scan</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="503" />
        <source>图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation>Images or PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="506" />
        <source>扫描件已保存</source>
        <translation>Scan saved</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="536" />
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="551" />
        <source>已生成 %1（%2 页）</source>
        <translation>Created %1 (%2 pages)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="553" />
        <source>；以下姓名请手写补上：</source>
        <translation>; please write these names in by hand: </translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="24" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="25" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="26" />
        <source>活动</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="27" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="28" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="29" />
        <source>地点</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="30" />
        <source>报名/名额</source>
        <translation>Enrolled/places</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="31" />
        <source>到场</source>
        <translation>Attended</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="32" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="94" />
        <source>序号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="95" />
        <location filename="../../desktop/activities/views/tables.py" line="101" />
        <location filename="../../desktop/activities/views/tables.py" line="106" />
        <location filename="../../desktop/activities/views/tables.py" line="113" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="96" />
        <location filename="../../desktop/activities/views/tables.py" line="102" />
        <location filename="../../desktop/activities/views/tables.py" line="107" />
        <source>房号</source>
        <translation>Room</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="97" />
        <location filename="../../desktop/activities/views/tables.py" line="103" />
        <location filename="../../desktop/activities/views/tables.py" line="116" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="100" />
        <source>候补</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="108" />
        <source>签到</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="109" />
        <source>签退</source>
        <translation>Checked out</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="110" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="114" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="115" />
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
        <location filename="../../desktop/activities/views/today_section.py" line="57" />
        <source>今天没有安排活动。</source>
        <translation>No activities today.</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="63" />
        <source>%1–%2　%3　%4　报名 %5　已签到 %6</source>
        <translation>%1–%2　%3　%4　Enrolled %5　Checked in %6</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="31" />
        <source>新建活动</source>
        <translation>New activity</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="53" />
        <source>（不占用功能室）</source>
        <translation>(no function room)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="58" />
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="62" />
        <source>不重复</source>
        <translation>Does not repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="63" />
        <source>每周（同一星期几）</source>
        <translation>Weekly (same weekday)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="64" />
        <source>每月（同一日）</source>
        <translation>Monthly (same date)</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="68" />
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
    <name>BirthdaysTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="239" />
        <source>创建本月生日会…</source>
        <translation>Create this month's birthday party…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="242" />
        <source>打印生日名单…</source>
        <translation>Print birthday list…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="245" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="262" />
        <source>中心日历：</source>
        <translation>Centre calendar:</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="275" />
        <source>生日会</source>
        <translation>Birthday party</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="275" />
        <source>已创建生日会活动，报名 %1 位，可在“活动”页打印签到表</source>
        <translation>Birthday party created with %1 enrolled; print the sign-in sheet on the “Activities” page</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="280" />
        <source>保存生日名单</source>
        <translation>Save birthday list</translation>
    </message>
</context>
<context>
    <name>CalendarSetup</name>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="22" />
        <source>请在所属社区的工作台上建立服务队</source>
        <translation>Create the team at a desk in the team's community</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="28" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="41" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="52" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="59" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="52" />
        <source>班次时间应写成 08:00-12:00</source>
        <translation>Write the shift time as 08:00-12:00</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="61" />
        <source>已添加班次 %1</source>
        <translation>Shift %1 added</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="65" />
        <source>新建服务队</source>
        <translation>New team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="65" />
        <source>名称（如 西湖花园6号楼志愿服务队）</source>
        <translation>Name (e.g. 西湖花园6号楼志愿服务队)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="70" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="73" />
        <source>添加岗位</source>
        <translation>Add post</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="70" />
        <source>岗位名称（如 值班室、巡楼、交通疏导）</source>
        <translation>Post name (e.g. guard desk, patrol round, traffic control)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="73" />
        <source>巡楼打卡时间（如 10:00,16:00，可不填）</source>
        <translation>Patrol round times (e.g. 10:00,16:00; optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="80" />
        <source>请先在“岗位”里选一个岗位</source>
        <translation>Choose a post under “Post” first</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="82" />
        <location filename="../../desktop/duty/views/calendar_setup.py" line="85" />
        <source>添加班次</source>
        <translation>Add shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="82" />
        <source>时间（如 08:00-12:00）</source>
        <translation>Time (e.g. 08:00-12:00)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_setup.py" line="85" />
        <source>节假日也值班吗？</source>
        <translation>Also on duty on public holidays?</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="46" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="58" />
        <source>服务队</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="48" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="58" />
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="49" />
        <source>◀ 上一页</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="50" />
        <source>下一页 ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="53" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="255" />
        <source>周视图</source>
        <translation>Week view</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="54" />
        <source>生成排班</source>
        <translation>Generate rota</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="55" />
        <source>打印排班表</source>
        <translation>Print rota</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="56" />
        <source>打印签到表</source>
        <translation>Print sign-in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="57" />
        <source>空白值班日志</source>
        <translation>Blank duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="64" />
        <source>新建服务队…</source>
        <translation>New team…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="65" />
        <source>添加岗位…</source>
        <translation>Add post…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="66" />
        <source>添加班次…</source>
        <translation>Add shift…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="70" />
        <source>换班/代班…</source>
        <translation>Swap/cover…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="71" />
        <source>在周视图里选中一个班次，为它申请换班或请人代班</source>
        <translation>Select a shift in the week view to request a swap or cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="73" />
        <source>节假日表…</source>
        <translation>Holiday table…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="74" />
        <source>登记内置日历还没有的年份的放假和调休上班日</source>
        <translation>Record days off and make-up workdays for years the built-in calendar lacks</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="83" />
        <source>红底：空缺班次　橙底：冲突（重复排班、请假、休息不足、超过每周上限）　双击：月视图进入该周，周视图调整值班人</source>
        <translation>Red: unfilled shift　Orange: conflict (double-booked, on leave, too little rest, over weekly limit)　Double-click: open that week (month view), change volunteer (week view)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="132" />
        <source>全部岗位</source>
        <translation>All posts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="153" />
        <source>还没有志愿服务队</source>
        <translation>No volunteer teams yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="170" />
        <source>共 %1 个班次，空缺 %2 个，冲突 %3 个</source>
        <translation>%1 shifts, %2 unfilled, %3 conflicts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="183" />
        <source>星期</source>
        <translation>Day </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="250" />
        <source>月视图</source>
        <translation>Month view</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="278" />
        <source>（空缺）</source>
        <translation>(unfilled)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="281" />
        <source>（请假）</source>
        <translation>(on leave)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="286" />
        <source>调整值班人</source>
        <translation>Change volunteer</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="286" />
        <source>值班人</source>
        <translation>On duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="292" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="302" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="323" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="385" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="292" />
        <source>%1这天请假，不能排班</source>
        <translation>%1 is on leave that day and cannot be rostered</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="318" />
        <source>重新生成</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="319" />
        <source>本月已有排班。未开始的班次将重新安排，已开始的保留。继续吗？</source>
        <translation>This month already has a rota. Shifts not yet started will be rearranged; started ones are kept. Continue?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="326" />
        <source>已生成 %1 个班次，空缺 %2 个</source>
        <translation>Generated %1 shifts, %2 unfilled</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="336" />
        <source>请先在周视图里选中一个班次，再申请换班或代班</source>
        <translation>First select a shift in the week view, then request a swap or cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="339" />
        <source>这个班次已经开始，不能再换班或代班</source>
        <translation>This shift has started; it can no longer be swapped or covered</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="346" />
        <source>已提交%1申请，请在“换班代班”里批准</source>
        <translation>%1 request submitted; approve it in “Swaps and cover”</translation>
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
        <location filename="../../desktop/duty/views/calendar_view.py" line="357" />
        <source>保存为 PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="387" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="47" />
        <location filename="../../desktop/rehab/views/case_view.py" line="176" />
        <source>请在左侧选择个案</source>
        <translation>Select a case on the left</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="56" />
        <location filename="../../desktop/rehab/views/case_view.py" line="60" />
        <location filename="../../desktop/rehab/views/case_view.py" line="67" />
        <location filename="../../desktop/rehab/views/case_view.py" line="79" />
        <location filename="../../desktop/rehab/views/case_view.py" line="86" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="56" />
        <location filename="../../desktop/rehab/views/case_view.py" line="79" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="57" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="58" />
        <source>时间线</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="60" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="61" />
        <location filename="../../desktop/rehab/views/case_view.py" line="70" />
        <source>检测</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="62" />
        <source>下次随访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="62" />
        <location filename="../../desktop/rehab/views/case_view.py" line="87" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="63" />
        <source>帮扶内容</source>
        <translation>Support given</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="64" />
        <source>新增随访(&amp;F)</source>
        <translation>New &amp;follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="65" />
        <source>随访记录</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="67" />
        <source>检测方式</source>
        <translation>Test type</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="68" />
        <location filename="../../desktop/rehab/views/case_view.py" line="80" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="68" />
        <source>经办</source>
        <translation>Handled by</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="70" />
        <source>打印检测记录</source>
        <translation>Print test record</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="72" />
        <source>离开</source>
        <translation>Left</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="72" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="73" />
        <source>天数</source>
        <translation>Days</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="73" />
        <source>去往</source>
        <translation>Destination</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="74" />
        <source>书面申请</source>
        <translation>Written request</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="74" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>经批准</source>
        <translation>Authorised</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>否（擅自离开）</source>
        <translation>No (unauthorised)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="77" />
        <source>登记请假外出</source>
        <translation>Record leave of absence</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="77" />
        <source>请假外出</source>
        <translation>Leave of absence</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="80" />
        <source>转介单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="83" />
        <source>新增转介</source>
        <translation>New referral</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="84" />
        <source>转介帮扶</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="86" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="87" />
        <source>记录</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="88" />
        <source>新增阶段记录</source>
        <translation>New stage note</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="88" />
        <source>阶段记录</source>
        <translation>Stage notes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="90" />
        <source>起草</source>
        <translation>Drafted</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="90" />
        <source>情形</source>
        <translation>Circumstance</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="91" />
        <source>送出</source>
        <translation>Sent</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="91" />
        <source>尚未送出</source>
        <translation>Not sent yet</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="92" />
        <source>接收</source>
        <translation>Received by</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="97" />
        <source>报告</source>
        <translation>Reports</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="121" />
        <source>修改(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="121" />
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="122" />
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="122" />
        <source>共享个案(&amp;S)</source>
        <translation>&amp;Share case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="123" />
        <source>打印个案摘要</source>
        <translation>Print case summary</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="124" />
        <source>打印帮扶记录表(&amp;P)</source>
        <translation>&amp;Print support record</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="131" />
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="154" />
        <source>打印所选报告</source>
        <translation>Print selected report</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="154" />
        <source>登记送出</source>
        <translation>Record as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="169" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="211" />
        <source>逃避或拒绝检测 %1 次；擅自离开 %2 次，累计 %3 天</source>
        <translation>Evaded or refused tests %1 times; left without approval %2 times, %3 days in all</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="227" />
        <source>活动模块未安装：无法显示禁毒志愿和宣传活动的参与情况。</source>
        <translation>Activities module not installed: anti-drug volunteering and awareness activities cannot be shown.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="229" />
        <source>禁毒宣传活动：参加 %1 次，担任志愿者 %2 次，志愿服务 %3 小时。</source>
        <translation>Anti-drug awareness activities: attended %1 times, volunteered %2 times, %3 volunteer hours.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="233" />
        <source>没有法定期限或第二十条提醒。</source>
        <translation>No statutory deadlines or Article 20 reminders.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="267" />
        <source>添加工作网络联系人</source>
        <translation>Add support-network contact</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="270" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="271" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="272" />
        <source>单位</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="273" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
</context>
<context>
    <name>Controller</name>
    <message>
        <location filename="../../desktop/ui/app.py" line="91" />
        <source>请建立管理员账号</source>
        <translation>Please create the administrator account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="104" />
        <source>正在登录 %s…</source>
        <translation>Signing in %s…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="111" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/app.py" line="133" />
        <source>已注销</source>
        <translation>Signed out</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop/ui/crash.py" line="37" />
        <source>出错了</source>
        <translation>Something went wrong</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="40" />
        <source>程序遇到意外错误。已保存的数据不会丢失；正在进行的这一步没有保存。
请把下面的报告复制给管理员（也已写入日志文件）。</source>
        <translation>Linli met an unexpected error. Saved data is safe; the step in progress was not saved.
Please copy the report below to your administrator (it is also in the log file).</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/crash.py" line="46" />
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
</context>
<context>
    <name>Desks</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>值班室</source>
        <translation>Guard desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="17" />
        <source>中心前台</source>
        <translation>Centre reception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>康复中心</source>
        <translation>Rehab centre</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="18" />
        <source>社工办公室</source>
        <translation>Social-work office</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="54" />
        <source>疑似重复的居民</source>
        <translation>Possible duplicate residents</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="62" />
        <source>以下几对记录可能是同一个人。请逐对核对：是同一人就选要保留的一条再合并；不是就点“不是同一人”。不会自动合并。</source>
        <translation>These pairs of records may be the same person. Check each pair: if it is the same person, choose the record to keep and merge; if not, click “Not the same person”. Nothing is merged automatically.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="68" />
        <source>疑似重复列表</source>
        <translation>Possible duplicates list</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="70" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="70" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="70" />
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="90" />
        <source>记录一</source>
        <translation>Record 1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="70" />
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="90" />
        <source>记录二</source>
        <translation>Record 2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="78" />
        <source>保留哪一条：</source>
        <translation>Keep which record:</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="79" />
        <source>保留记录一</source>
        <translation>Keep record 1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="80" />
        <source>保留记录二</source>
        <translation>Keep record 2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="89" />
        <source>两条记录对照</source>
        <translation>The two records side by side</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="98" />
        <source>合并…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="99" />
        <source>不是同一人</source>
        <translation>Not the same person</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="100" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="118" />
        <source>确认合并</source>
        <translation>Confirm merge</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="119" />
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="157" />
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="264" />
        <source>没有需要核对的疑似重复记录。</source>
        <translation>No possible duplicates to check.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="175" />
        <source>原因：</source>
        <translation>Reason: </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="215" />
        <source>先选要保留哪一条</source>
        <translation>First choose which record to keep</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="219" />
        <source>保留：%1。
另一条（%2）并入保留的这一条：它的关注事项、活动等关联记录都改到保留的记录上，保留记录中空着的信息由它补上，标签和备注合在一起。另一条不会真正删除，它标为“已合并”留在历史里（软删除），以后仍可查到。确认合并吗？</source>
        <translation>Keep: %1.
The other record (%2) is merged into the kept one: its attention notes, activities and other linked records move to the kept record, it fills in any empty details there, and tags and notes are combined. The other record is not really deleted: it is marked “merged” and kept in history (soft delete), so it can still be found later. Merge?</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="246" />
        <source>已合并 %1：另一条记录已移入历史，改过来的关联记录 %2 条。</source>
        <translation>Merged %1: the other record moved to history; %2 linked records moved over.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/duplicates_dialog.py" line="257" />
        <source>已跳过 %1（本次不再显示）。</source>
        <translation>Skipped %1 (not shown again this time).</translation>
    </message>
</context>
<context>
    <name>DutyPage</name>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="58" />
        <source>排班日历</source>
        <translation>Rota calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="60" />
        <source>队员·时长·经费</source>
        <translation>Members · hours · fund</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="65" />
        <source>值班台</source>
        <translation>Duty desk</translation>
    </message>
</context>
<context>
    <name>DutyTodaySection</name>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="21" />
        <source>志愿值班</source>
        <translation>Volunteer duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="41" />
        <source>还没有志愿服务队</source>
        <translation>No volunteer teams yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="50" />
        <source>现在：</source>
        <translation>Now: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="50" />
        <source>没有班次</source>
        <translation>no shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="51" />
        <source>下一班：</source>
        <translation>Next: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="51" />
        <source>今天没有了</source>
        <translation>none today</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="53" />
        <source>漏巡：</source>
        <translation>Missed round: </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="54" />
        <source>未到岗：</source>
        <translation>No-show: </translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="285" />
        <source>修改个案信息</source>
        <translation>Edit case details</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="286" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="288" />
        <source>化名（列表中显示）</source>
        <translation>Alias (shown in lists)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="289" />
        <source>决定书编号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="290" />
        <source>决定机关</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="291" />
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="292" />
        <source>执行开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="293" />
        <source>期满日期</source>
        <translation>Ends on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="293" />
        <source>留空则为三年</source>
        <translation>Leave empty for three years</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="295" />
        <source>报到日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="295" />
        <source>未报到则留空</source>
        <translation>Leave empty if not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="297" />
        <source>协议签订日期</source>
        <translation>Agreement signed on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="297" />
        <source>未签则留空</source>
        <translation>Leave empty if not signed</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="299" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="301" />
        <source>公安联络人</source>
        <translation>Police contact</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="302" />
        <source>备注</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>ElderPage</name>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="22" />
        <source>前台签到</source>
        <translation>Reception check-in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="25" />
        <source>会员</source>
        <translation>Members</translation>
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
        <location filename="../../desktop/elder/views/today_section.py" line="61" />
        <source>探访逾期 %1 位</source>
        <translation>%1 visits overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="61" />
        <source>没有逾期的探访</source>
        <translation>No overdue visits</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="64" />
        <source>本月生日 %1 位</source>
        <translation>%1 birthdays this month</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="65" />
        <source>本月没有会员过生日</source>
        <translation>No member birthdays this month</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="86" />
        <source>……另有 %1 条</source>
        <translation>…and %1 more</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="59" />
        <source>邻里 · 首次使用</source>
        <translation>Linli · First start</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="60" />
        <source>欢迎使用邻里。请先建立管理员账号。</source>
        <translation>Welcome to Linli. Please create the administrator account first.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="61" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="63" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="64" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="65" />
        <source>再输入一次</source>
        <translation>Repeat</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="70" />
        <source>两次输入的密码不一致</source>
        <translation>The two passwords differ</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="92" />
        <source>新增随访记录</source>
        <translation>New follow-up record</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="93" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="94" />
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="95" />
        <source>帮扶内容</source>
        <translation>Support given</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="96" />
        <source>检测方式</source>
        <translation>Test type</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="96" />
        <source>（本次未检测）</source>
        <translation>(not tested this time)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="97" />
        <source>检测结果</source>
        <translation>Test result</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="97" />
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="98" />
        <source>下次随访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="98" />
        <source>留空则按随访计划</source>
        <translation>Leave empty to follow the plan</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="68" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="69" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GuardDeskView</name>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="100" />
        <source>现在值班</source>
        <translation>On duty now</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="104" />
        <source>下一班</source>
        <translation>Next shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="109" />
        <source>开始值班</source>
        <translation>Start duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="112" />
        <source>结束值班</source>
        <translation>End duty</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="115" />
        <source>写值班日志</source>
        <translation>Write duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="120" />
        <source>我的班次</source>
        <translation>My shifts</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="125" />
        <source>请人代班…</source>
        <translation>Ask for cover…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="127" />
        <source>换班…</source>
        <translation>Swap…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="135" />
        <source>巡楼打卡</source>
        <translation>Patrol round check-in</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="182" />
        <source>还没有志愿服务队：请社工先建立服务队和排班</source>
        <translation>No volunteer team yet: ask the social worker to set up a team and rota</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="194" />
        <source>现在没有班次</source>
        <translation>No shift now</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="195" />
        <source>今天没有下一班了</source>
        <translation>No more shifts today</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="207" />
        <source>%1 %2 打卡</source>
        <translation>Check in %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="212" />
        <source>现在没有要打卡的巡楼（今天已巡 %1 次）</source>
        <translation>No patrol round due now (%1 done today)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="214" />
        <source>漏巡：%1 %2</source>
        <translation>Missed round: %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="216" />
        <source>未到岗：%1</source>
        <translation>No-show: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="232" />
        <source>下一个：%1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="233" />
        <source>（之后还有 %1 个）</source>
        <translation> (%1 more after)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="235" />
        <location filename="../../desktop/duty/views/guard_desk.py" line="295" />
        <source>近四周没有排到我的班次</source>
        <translation>No shifts for me in the next four weeks</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="240" />
        <source>已到岗</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="240" />
        <source>未到岗</source>
        <translation>Not arrived</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="265" />
        <source>%1：已开始值班，%2</source>
        <translation>%1: duty started, %2</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="279" />
        <source>%1：已结束值班，辛苦了</source>
        <translation>%1: duty ended, thank you</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="289" />
        <source>%1 巡楼已打卡（%2）</source>
        <translation>%1 patrol round checked in (%2)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="303" />
        <source>%1申请已提交，等队长或社工批准</source>
        <translation>%1 request submitted; waiting for a captain or social worker to approve</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="317" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="319" />
        <source>值班日志已保存</source>
        <translation>Duty log saved</translation>
    </message>
</context>
<context>
    <name>HolidayDialog</name>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="26" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="50" />
        <source>节假日表</source>
        <translation>Holiday table</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="28" />
        <source>这里登记的日子优先于程序内置的节假日日历；内置日历还没有的年份，请按国务院公布的放假安排填写放假日和调休上班日。</source>
        <translation>Days recorded here override the built-in holiday calendar. For years it does not cover yet, enter the days off and make-up workdays from the State Council's published holiday schedule.</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="36" />
        <source> 年</source>
        <translation> </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="37" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="39" />
        <source>年份</source>
        <translation>Year</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="44" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="56" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="44" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="108" />
        <source>星期</source>
        <translation>Day </translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="44" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="60" />
        <source>安排</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="44" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="63" />
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="58" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="109" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="132" />
        <source>放假</source>
        <translation>Day off</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="59" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="109" />
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="132" />
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
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="67" />
        <source>删除选中的日子</source>
        <translation>Delete selected day</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="79" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="98" />
        <source>内置日历已有 %1 年的安排，这里只需登记要改动的日子</source>
        <translation>The built-in calendar already covers %1; record only the days to change</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="99" />
        <source>内置日历还没有 %1 年的安排，请在这里登记</source>
        <translation>The built-in calendar does not cover %1 yet; please record it here</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="115" />
        <source>%1 年还没有登记任何日子</source>
        <translation>No days recorded for %1 yet</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="131" />
        <source>已登记 %1 %2</source>
        <translation>Recorded %1 %2</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="141" />
        <source>请先在表里选中一天</source>
        <translation>First select a day in the table</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/holiday_dialog.py" line="154" />
        <source>已删除 %1，这天按内置日历或平常的周末安排</source>
        <translation>Deleted %1; this day follows the built-in calendar or normal weekends</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="67" />
        <source>从 Excel 导入花名册</source>
        <translation>Import roster from Excel</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="79" />
        <source>导入到社区：</source>
        <translation>Import into community:</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="88" />
        <source>选择 Excel 文件…</source>
        <translation>Choose Excel file…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="94" />
        <source>还没有选择文件</source>
        <translation>No file chosen yet</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="97" />
        <source>列的对应：</source>
        <translation>Column mapping:</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <source>表格中的列</source>
        <translation>Column in sheet</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <source>导入为</source>
        <translation>Import as</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="112" />
        <source>原表行号</source>
        <translation>Sheet row</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <source>将更改</source>
        <translation>Will change</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="112" />
        <source>跳过原因</source>
        <translation>Reason skipped</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="113" />
        <source>有问题的行</source>
        <translation>Problem rows</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="114" />
        <source>合并到已有居民</source>
        <translation>Merged into existing residents</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="115" />
        <source>跳过的行</source>
        <translation>Skipped rows</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="124" />
        <source>保存错误报告…</source>
        <translation>Save error report…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="127" />
        <source>确认导入</source>
        <translation>Confirm import</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="131" />
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="157" />
        <source>选择花名册 Excel 文件</source>
        <translation>Choose roster Excel file</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="158" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="287" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation>Excel files (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="166" />
        <source>先选择导入到哪个社区</source>
        <translation>Choose the community to import into first</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="194" />
        <source>无变化</source>
        <translation>No change</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="201" />
        <source>有问题的行（%1）</source>
        <translation>Problem rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="202" />
        <source>合并到已有居民（%1）</source>
        <translation>Merged into existing (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="203" />
        <source>跳过的行（%1）</source>
        <translation>Skipped rows (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="205" />
        <source>预览（%1，%2）：新增 %3 人，合并到已有居民 %4 人，有问题 %5 行（不导入，列入错误报告）。确认后才会写入。</source>
        <translation>Preview (%1, %2): %3 new, %4 merged into existing residents, %5 problem rows (not imported, listed in the error report). Nothing is written until you confirm.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="217" />
        <source>正在导入…</source>
        <translation>Importing…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="217" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="218" />
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="246" />
        <source>导入完成：新增 %1 人，合并 %2 人，未导入 %3 行。</source>
        <translation>Import done: %1 new, %2 merged, %3 rows not imported.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="264" />
        <source>导入没有完成，什么都没有写入：</source>
        <translation>Import did not finish; nothing was written: </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="269" />
        <source>已取消导入，什么都没有写入。</source>
        <translation>Import cancelled; nothing was written.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="286" />
        <source>保存错误报告</source>
        <translation>Save error report</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="297" />
        <source>错误报告已保存：</source>
        <translation>Error report saved: </translation>
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="41" />
        <source>写值班日志</source>
        <translation>Write duty log</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="58" />
        <source>写下看到的情况和处理结果</source>
        <translation>Write down what you saw and what was done</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="61" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="62" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="79" />
        <source>邻里 · 登录</source>
        <translation>Linli · Sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="80" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="81" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="82" />
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/login_dialog.py" line="85" />
        <source>数据库：%s</source>
        <translation>Database: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="163" />
        <source>账号(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="164" />
        <source>注销</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="166" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="169" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="176" />
        <source>页面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="177" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="178" />
        <location filename="../../desktop/ui/main_window.py" line="206" />
        <source>关于邻里</source>
        <translation>About Linli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="198" />
        <source>用户：%s（%s）</source>
        <translation>User: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="72" />
        <location filename="../../desktop/ui/main_window.py" line="200" />
        <source>工作台：%s</source>
        <translation>Desk: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="63" />
        <source>正在打开数据库…</source>
        <translation>Opening the database…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="121" />
        <source>请登录</source>
        <translation>Please sign in</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201" />
        <source>社区：%s</source>
        <translation>Community: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="201" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="74" />
        <location filename="../../desktop/ui/main_window.py" line="202" />
        <source>数据库：%s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="207" />
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
        <location filename="../../desktop/elder/views/members_tab.py" line="308" />
        <source>同意使用照片</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="323" />
        <source>选择照片…</source>
        <translation>Choose photo…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="325" />
        <source>删除照片</source>
        <translation>Remove photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="335" />
        <source>照片</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="337" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="337" />
        <source>关系</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="337" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="346" />
        <source>添加联系人</source>
        <translation>Add contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="348" />
        <source>删除联系人</source>
        <translation>Remove contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="357" />
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="366" />
        <source>按农历过生日</source>
        <translation>Lunar-calendar birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="368" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="373" />
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="374" />
        <source>慢性病</source>
        <translation>Chronic conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="375" />
        <source>健康备注</source>
        <translation>Health notes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="377" />
        <source>健康信息</source>
        <translation>Health information</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="379" />
        <source>（不变）</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="384" />
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="385" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="387" />
        <source>续期至</source>
        <translation>Renew until</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="391" />
        <source>续期</source>
        <translation>Renew</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="412" />
        <source>无照片</source>
        <translation>No photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="421" />
        <source>会员没有同意使用照片，不能添加照片。请先勾选“同意使用照片”。</source>
        <translation>The member has not consented to photo use, so no photo can be added. First tick “Photo consent”.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="423" />
        <source>选择照片</source>
        <translation>Choose photo</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="423" />
        <source>照片 (*.jpg *.jpeg *.png)</source>
        <translation>Photos (*.jpg *.jpeg *.png)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="429" />
        <source>无法打开这个文件</source>
        <translation>Cannot open this file</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="432" />
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
        <location filename="../../desktop/elder/views/members_tab.py" line="64" />
        <source>姓名 / 会员号 / 手机尾号 / 拼音首字母</source>
        <translation>Name / member no. / phone ending / pinyin initials</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="67" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="72" />
        <source>全部类别</source>
        <translation>All categories</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="83" />
        <source>登记会员…</source>
        <translation>Register member…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="87" />
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="113" />
        <location filename="../../desktop/elder/views/members_tab.py" line="145" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="117" />
        <source>共 %1 位</source>
        <translation>%1 in total</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="124" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="71" />
        <source>搬迁到其他户</source>
        <translation>Move to another household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="80" />
        <source>（未登记住户）</source>
        <translation>(household not recorded)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="81" />
        <source>把 %1 搬到另一户。现住：%2</source>
        <translation>Move %1 to another household. Lives at: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="91" />
        <source>搜索住址，如 6号楼501；↓ 到下面的列表</source>
        <translation>Search address, e.g. 6号楼501; ↓ to the list below</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="98" />
        <source>社区楼栋住户</source>
        <translation>Communities, buildings, households</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="101" />
        <source>选择已有住户</source>
        <translation>Choose existing household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="106" />
        <location filename="../../desktop/roster/views/move_dialog.py" line="116" />
        <source>社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="109" />
        <source>如 西湖花园7号楼1单元302、7栋302、7-1-302</source>
        <translation>e.g. 西湖花园7号楼1单元302, 7栋302, 7-1-302</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="113" />
        <source>这是新地址：确认新建这一户</source>
        <translation>This is a new address: confirm creating this household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="117" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="120" />
        <source>输入地址</source>
        <translation>Enter address</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="130" />
        <source>可留空，如：随子女同住</source>
        <translation>Optional, e.g. lives with children</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="131" />
        <source>搬迁日期</source>
        <translation>Move date</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="132" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="143" />
        <source>确定搬迁</source>
        <translation>Confirm move</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="144" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="166" />
        <source>（现住）</source>
        <translation> (current)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/roster/views/move_dialog.py" line="166" />
        <source>（%n 人）</source>
        <translation><numerusform> (%n person)</numerusform><numerusform> (%n people)</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="234" />
        <source>小区：%1　楼栋：%2　单元：%3　房号：%4</source>
        <translation>Estate: %1　Building: %2　Unit: %3　Room: %4</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="275" />
        <source>搬到：%1（请勾选确认新建）</source>
        <translation>Move to: %1 (tick to confirm new household)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="276" />
        <source>搬到：（请选择一户或输入地址）</source>
        <translation>Move to: (choose a household or enter an address)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="278" />
        <source>搬到：%1（新建住户）</source>
        <translation>Move to: %1 (new household)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="280" />
        <source>搬到：%1</source>
        <translation>Move to: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="292" />
        <source>请选择要搬去的一户，或输入地址并勾选确认新建</source>
        <translation>Choose the household to move to, or enter an address and tick to create it</translation>
    </message>
</context>
<context>
    <name>MovesList</name>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="47" />
        <source>迁入/迁出 记录</source>
        <translation>Move in/out records</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="48" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="48" />
        <source>迁出（原住址）</source>
        <translation>Move out (old address)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="48" />
        <source>迁入（新住址）</source>
        <translation>Move in (new address)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/move_dialog.py" line="55" />
        <location filename="../../desktop/roster/views/move_dialog.py" line="56" />
        <source>（无住户）</source>
        <translation>(no household)</translation>
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
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="170" />
        <source>新建个案</source>
        <translation>New case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="171" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="172" />
        <source>身份证号</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="173" />
        <source>所在社区</source>
        <translation>Community</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="176" />
        <source>化名（列表中显示）</source>
        <translation>Alias (shown in lists)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="177" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="178" />
        <source>决定书编号</source>
        <translation>Decision no.</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="179" />
        <source>决定机关</source>
        <translation>Deciding authority</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="180" />
        <source>决定日期</source>
        <translation>Decision date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="181" />
        <source>执行开始日期</source>
        <translation>Starts on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="182" />
        <source>报到日期</source>
        <translation>Reported on</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="182" />
        <source>未报到则留空</source>
        <translation>Leave empty if not reported</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="183" />
        <source>风险等级</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="185" />
        <source>公安联络人</source>
        <translation>Police contact</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <location filename="../../desktop/ui/page.py" line="25" />
        <source>提示</source>
        <translation>Notice</translation>
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
        <location filename="../../desktop/roster/views/person_editor.py" line="117" />
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="118" />
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="119" />
        <source>删除 (Delete)</source>
        <translation>Delete (Delete)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="120" />
        <source>搬迁到其他户…</source>
        <translation>Move to another household…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="135" />
        <source>基本信息</source>
        <translation>Basic details</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="139" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="139" />
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="139" />
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="139" />
        <source>项目</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="140" />
        <source>原来</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="140" />
        <source>改为</source>
        <translation>Changed to</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="142" />
        <source>变更记录</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="144" />
        <source>关注事项</source>
        <translation>Attention notes</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="146" />
        <source>迁入/迁出 记录</source>
        <translation>Move in/out records</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="180" />
        <source>如 1950-03-05，可由身份证号得出</source>
        <translation>e.g. 1950-03-05; can be taken from the ID number</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="182" />
        <source>18 位，可留空</source>
        <translation>18 characters, optional</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="194" />
        <location filename="../../desktop/roster/views/person_editor.py" line="215" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="194" />
        <location filename="../../desktop/roster/views/person_editor.py" line="217" />
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="194" />
        <source>起</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="194" />
        <source>止</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="195" />
        <source>记录人</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="208" />
        <source>如：一家外出旅游，下周回来</source>
        <translation>e.g. family away on holiday, back next week</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="210" />
        <source>本人</source>
        <translation>This person</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="211" />
        <source>全户</source>
        <translation>Whole household</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="214" />
        <source>可留空：直到结束</source>
        <translation>Optional: until ended</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="216" />
        <source>关于</source>
        <translation>Applies to</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="218" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="219" />
        <source>结束</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="225" />
        <source>添加关注事项</source>
        <translation>Add attention note</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="226" />
        <source>结束所选事项</source>
        <translation>End selected note</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="245" />
        <source>未选择</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="246" />
        <source>在表格中选一个人，按 Enter 编辑；Ctrl+N 新增</source>
        <translation>Select a person in the table, Enter to edit; Ctrl+N to add</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="274" />
        <source>身份证号只显示部分：没有修改此人的权限</source>
        <translation>ID number partly hidden: no permission to edit this person</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="288" />
        <source>新增居民</source>
        <translation>New resident</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="462" />
        <source>（全户）</source>
        <translation>(household) </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="504" />
        <source>先在上面选一条事项</source>
        <translation>Select a note above first</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="205" />
        <source>随访计划模板</source>
        <translation>Follow-up plan template</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>从第几月</source>
        <translation>From month</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>到第几月</source>
        <translation>To month</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>每几天联系</source>
        <translation>Contact every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>每几天检测</source>
        <translation>Test every (days)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="218" />
        <source>添加阶段</source>
        <translation>Add stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="221" />
        <source>删除最后阶段</source>
        <translation>Delete last stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="225" />
        <source>随访计划由督导维护，此处仅供查看。</source>
        <translation>The follow-up plan is kept by supervisors; it is view-only here.</translation>
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="44" />
        <source>刷卡 / 会员号 / 手机尾号 / 拼音首字母，回车签到</source>
        <translation>Card / member no. / phone ending / pinyin initials, Enter checks in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="49" />
        <source>午餐（F2）</source>
        <translation>Lunch (F2)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="55" />
        <source>请刷卡或输入会员号</source>
        <translation>Swipe card or enter member no.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="95" />
        <source>回车 签到 · F2 或空格 切换午餐 · ↑↓ 选择同名会员 · Esc 取消</source>
        <translation>Enter check in · F2 or Space toggle lunch · ↑↓ pick same-name member · Esc cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="123" />
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="174" />
        <source>  ✓已签到</source>
        <translation>  ✓ checked in</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="179" />
        <source>（↓ 选择，回车确认）</source>
        <translation>(↓ choose, Enter confirms)</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="185" />
        <source>　空行回车＝确认签到，Esc＝取消</source>
        <translation>　Enter on empty line = confirm check-in, Esc = cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="221" />
        <source>今日到达 %1 人　·　午餐 %2 份</source>
        <translation>Arrived today %1　·　Lunches %2</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="226" />
        <source>是</source>
        <translation>Yes</translation>
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="134" />
        <source>转介帮扶</source>
        <translation>Referrals</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="135" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="136" />
        <source>转介单位</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="137" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="138" />
        <source>结果</source>
        <translation>Result</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="174" />
        <source>登记会员</source>
        <translation>Register member</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="177" />
        <source>在花名册中查找：姓名 / 拼音 / 电话</source>
        <translation>Search the roster: name / pinyin / phone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="185" />
        <source>按农历过生日</source>
        <translation>Lunar-calendar birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="186" />
        <source>同意使用照片</source>
        <translation>Photo consent</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="188" />
        <source>不符合入会条件时，填写例外原因</source>
        <translation>If not eligible, give the reason for the exception</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="190" />
        <source>紧急联系人：姓名 关系 电话</source>
        <translation>Emergency contact: name relation phone</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="192" />
        <source>人员</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="194" />
        <source>入会日期</source>
        <translation>Joined on</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="195" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="198" />
        <source>例外原因</source>
        <translation>Exception reason</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="199" />
        <source>紧急联系人</source>
        <translation>Emergency contact</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="204" />
        <source>过敏</source>
        <translation>Allergies</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="205" />
        <source>慢性病</source>
        <translation>Chronic conditions</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="239" />
        <source>请先在花名册中选择人员</source>
        <translation>Choose a person from the roster first</translation>
    </message>
</context>
<context>
    <name>RehabPage</name>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="35" />
        <source>搜索化名、姓名、拼音首字母、决定书编号（Ctrl+F）</source>
        <translation>Search alias, name, pinyin initials, decision no. (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="38" />
        <source>在管</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="41" />
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="45" />
        <source>新建个案(&amp;N)</source>
        <translation>&amp;New case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="48" />
        <source>空白家访表</source>
        <translation>Blank home-visit form</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="50" />
        <source>随访计划</source>
        <translation>Follow-up plan</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="60" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="65" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="67" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="75" />
        <source>个案</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="60" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="61" />
        <source>风险</source>
        <translation>Risk</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="61" />
        <source>下次随访</source>
        <translation>Next follow-up</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="62" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="70" />
        <source>负责社工</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="62" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="67" />
        <source>应办日期</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="68" />
        <source>待办</source>
        <translation>To do</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="69" />
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/rehab/views/rehab_page.py" line="69" />
        <source>%n 天</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="73" />
        <source>到期/逾期</source>
        <translation>Due/overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="75" />
        <source>级别</source>
        <translation>Level</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="76" />
        <source>提醒</source>
        <translation>Reminder</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="79" />
        <source>法定提醒</source>
        <translation>Statutory reminders</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="129" />
        <source>个案（%1）</source>
        <translation>Cases (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="138" />
        <source>到期/逾期（%1）</source>
        <translation>Due/overdue (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="139" />
        <source>法定提醒（%1）</source>
        <translation>Statutory reminders (%1)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="186" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>RehabTodaySection</name>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="31" />
        <source>戒毒康复：本周到期和逾期的随访</source>
        <translation>Rehab follow-up: due this week and overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="63" />
        <source>逾期 %1 个：</source>
        <translation>%1 overdue:</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="64" />
        <source>　%1　%2（%3，逾期 %4 天）</source>
        <translation>　%1　%2 (%3, %4 days overdue)</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="67" />
        <source>本周到期 %1 个：</source>
        <translation>%1 due this week:</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="70" />
        <source>法定提醒 %1 条：</source>
        <translation>%1 statutory reminders:</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="72" />
        <source>本周没有到期的随访，也没有法定提醒。</source>
        <translation>No follow-ups due this week and no statutory reminders.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="118" />
        <source>花名册导出（Excel/CSV/PDF）</source>
        <translation>Roster export (Excel/CSV/PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="119" />
        <source>活动与参与统计（Excel，按期间）</source>
        <translation>Activities and attendance (Excel, by period)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="121" />
        <source>养老中心月度签到与午餐汇总（PDF，期间起始月）</source>
        <translation>Elder centre monthly check-ins and lunches (PDF, first month of period)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="123" />
        <source>养老中心会员名单（Excel/CSV）</source>
        <translation>Elder centre member list (Excel/CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="124" />
        <source>到期随访清单（CSV，截至期间结束日）</source>
        <translation>Follow-ups due (CSV, up to end of period)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="126" />
        <source>空白值班记录表（PDF）</source>
        <translation>Blank duty log form (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="127" />
        <source>账号清单（PDF）</source>
        <translation>Account list (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="128" />
        <source>审计记录导出（CSV）</source>
        <translation>Audit trail export (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="137" />
        <source>报表与打印</source>
        <translation>Reports and printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="149" />
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="163" />
        <source>生成…</source>
        <translation>Generate…</translation>
    </message>
</context>
<context>
    <name>RequestDialog</name>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="52" />
        <source>换班 / 代班申请</source>
        <translation>Swap / cover request</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="71" />
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="73" />
        <source>请人代班（由别人替值这个班）</source>
        <translation>Cover (someone else takes this shift)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="74" />
        <source>换班（和别人的班次互换）</source>
        <translation>Swap (trade shifts with someone)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="75" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="79" />
        <location filename="../../desktop/duty/views/requests_dialog.py" line="132" />
        <source>代班人</source>
        <translation>Cover by</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="81" />
        <source>换成的班次</source>
        <translation>Shift to swap for</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="89" />
        <source>如 家里有事、身体不适（可不填）</source>
        <translation>e.g. family matter, unwell (optional)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="90" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="92" />
        <source>申请提交后，由队长或社工在“换班代班”里批准，批准后排班才会改变。</source>
        <translation>After you submit, a captain or social worker approves it in “Swaps and cover”; the rota changes only once approved.</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="100" />
        <source>提交申请</source>
        <translation>Submit request</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="101" />
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="132" />
        <source>换成</source>
        <translation>Swap for</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="145" />
        <source>（当天请假）</source>
        <translation> (away that day)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="155" />
        <source>（近四周没有可以互换的班次）</source>
        <translation>(no shifts to swap in the next four weeks)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="166" />
        <source>没有可以申请的班次</source>
        <translation>No shifts to request</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="170" />
        <source>请选择代班人</source>
        <translation>Choose who covers</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/requests_dialog.py" line="170" />
        <source>请选择要换的班次</source>
        <translation>Choose the shift to swap for</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12" />
        <source>管理员</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="12" />
        <source>督导</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>社区社工</source>
        <translation>Community social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="13" />
        <source>禁毒社工</source>
        <translation>Rehab social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>中心前台</source>
        <translation>Centre reception</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/labels.py" line="14" />
        <source>值班志愿者</source>
        <translation>Duty volunteer</translation>
    </message>
</context>
<context>
    <name>RoomsTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="85" />
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="86" />
        <source>预约</source>
        <translation>Book</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="90" />
        <source>开始</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="90" />
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="137" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="137" />
        <source>开始时间请写成 09:00</source>
        <translation>Write the start time as 09:00</translation>
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="119" />
        <source>搜索：姓名、拼音首字母（如 cfs）、电话尾号、住址（如 6号楼501）、标签　Ctrl+F</source>
        <translation>Search: name, pinyin initials (e.g. cfs), phone ending, address (e.g. 6号楼501), tag　Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="130" />
        <source>按标签筛选</source>
        <translation>Filter by tag</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="131" />
        <source>全部标签</source>
        <translation>All tags</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="138" />
        <source>按年龄筛选</source>
        <translation>Filter by age</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="149" />
        <source>新增 (Ctrl+N)</source>
        <translation>New (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="153" />
        <source>导入Excel…</source>
        <translation>Import Excel…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="157" />
        <source>疑似重复…</source>
        <translation>Possible duplicates…</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="160" />
        <source>打印</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="177" />
        <source>撤销 (Ctrl+Z)</source>
        <translation>Undo (Ctrl+Z)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desktop/roster/views/roster_page.py" line="289" />
        <source>共 %n 人</source>
        <translation><numerusform>%n person in all</numerusform><numerusform>%n people in all</numerusform></translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="353" />
        <source>先在左边选一个社区或住户，再按 Ctrl+N 新增</source>
        <translation>Select a community or household on the left, then press Ctrl+N</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="383" />
        <source>已删除 %1。</source>
        <translation>Deleted %1.</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="464" />
        <source>打印功能尚未安装</source>
        <translation>Printing is not installed</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="471" />
        <source>先在左边选一栋楼</source>
        <translation>Select a building on the left first</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="478" />
        <source>先选一户（或该户的一个人）</source>
        <translation>Select a household (or one of its members) first</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="487" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="488" />
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="500" />
        <source>以下姓名中有字体缺少的字，已按替代规则打印：</source>
        <translation>These names have characters missing from the font and were printed with substitutes: </translation>
    </message>
</context>
<context>
    <name>RosterTodaySection</name>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="88" />
        <source>关注事项</source>
        <translation>Attention notes</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="88" />
        <source>今天没有关注事项</source>
        <translation>No attention notes today</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="90" />
        <source>需要多看望</source>
        <translation>Need more visits</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="90" />
        <source>没有需要看望的人</source>
        <translation>Nobody needs a visit</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="91" />
        <source>今天过生日</source>
        <translation>Birthdays today</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="91" />
        <source>今天没有人过生日</source>
        <translation>No birthdays today</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="105" />
        <source>到 %1</source>
        <translation>until %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="113" />
        <source>%1岁</source>
        <translation>age %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="120" />
        <source>%1岁生日</source>
        <translation>turns %1</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="120" />
        <source>生日</source>
        <translation>Birthday</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="149" />
        <source>还有 %1 条，请在花名册中查看</source>
        <translation>%1 more; see the Roster</translation>
    </message>
</context>
<context>
    <name>RosterTree</name>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="33" />
        <source>社区楼栋住户</source>
        <translation>Communities, buildings, households</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="42" />
        <location filename="../../desktop/roster/views/tree.py" line="43" />
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>SendReportDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="163" />
        <source>登记报告送出</source>
        <translation>Record report as sent</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="164" />
        <source>接收的公安机关/民警</source>
        <translation>Receiving police station/officer</translation>
    </message>
</context>
<context>
    <name>ServicesTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="155" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="166" />
        <source>会员号</source>
        <translation>Member no.</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="174" />
        <source>测量：收缩压=130;舒张压=80</source>
        <translation>Measures: 收缩压=130;舒张压=80</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="175" />
        <source>记录服务</source>
        <translation>Record service</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="181" />
        <source>月份</source>
        <translation>Month</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="36" />
        <source>本机设置</source>
        <translation>This computer</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="43" />
        <source>界面语言</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="49" />
        <source>字体放大（重启后生效）</source>
        <translation>Type size (after restart)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="53" />
        <source>本机所在社区</source>
        <translation>Community of this desk</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="55" />
        <source>如 西湖花园6号楼</source>
        <translation>e.g. 西湖花园6号楼</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="58" />
        <source>本机值守的楼栋</source>
        <translation>Building this desk looks after</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="65" />
        <source>语言已保存，重新登录或重启后生效。</source>
        <translation>Language saved; it applies after signing in again or restarting.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="69" />
        <source>修改我的密码</source>
        <translation>Change my password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="73" />
        <source>原密码</source>
        <translation>Old password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="73" />
        <source>新密码（至少8位）</source>
        <translation>New password (8+ characters)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="77" />
        <source>修改密码</source>
        <translation>Change password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="94" />
        <source>密码已修改。</source>
        <translation>Password changed.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="98" />
        <source>账号管理</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="101" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="101" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="101" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="102" />
        <source>所属社区</source>
        <translation>Communities</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="102" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="108" />
        <source>新建账号…</source>
        <translation>New account…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="108" />
        <source>重设密码…</source>
        <translation>Reset password…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="109" />
        <source>停用/启用</source>
        <translation>Disable/enable</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="109" />
        <source>打印账号清单…</source>
        <translation>Print account list…</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125" />
        <location filename="../../desktop/ui/settings_page.py" line="153" />
        <source>启用</source>
        <translation>Active</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="125" />
        <source>停用</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="144" />
        <source>重设密码</source>
        <translation>Reset password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="144" />
        <source>%s 的新密码：</source>
        <translation>New password for %s:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="147" />
        <source>密码已重设。</source>
        <translation>Password reset.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="167" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="170" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="174" />
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="176" />
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="179" />
        <source>备份文件夹：%s</source>
        <translation>Backup folder: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/settings_page.py" line="189" />
        <source>已备份并校验：%s（%d 行）</source>
        <translation>Backed up and verified: %s (%d rows)</translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="255" />
        <source>共享个案</source>
        <translation>Share case</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="256" />
        <source>共享给禁毒社工</source>
        <translation>Share with rehab social worker</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="259" />
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
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="83" />
        <source>签到表已录入：新增 %1 人，现场加入 %2 人%3</source>
        <translation>Sign-in sheet entered: %1 added, %2 walk-ins%3</translation>
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="84" />
        <source>，扫描件已保存</source>
        <translation>, scan saved</translation>
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="144" />
        <source>阶段记录</source>
        <translation>Stage notes</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="145" />
        <source>阶段</source>
        <translation>Stage</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="146" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="147" />
        <source>记录</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="153" />
        <source>变更状态</source>
        <translation>Change status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="154" />
        <source>新状态</source>
        <translation>New status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="155" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="156" />
        <source>说明</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="157" />
        <source>转往（转出时填写）</source>
        <translation>Transferred to (if transferred out)</translation>
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="53" />
        <location filename="../../desktop/duty/views/team_view.py" line="99" />
        <location filename="../../desktop/duty/views/team_view.py" line="321" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="53" />
        <source>队长</source>
        <translation>Captain</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="53" />
        <location filename="../../desktop/duty/views/team_view.py" line="324" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="53" />
        <source>技能</source>
        <translation>Skills</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="54" />
        <source>可值班星期</source>
        <translation>Available days</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="54" />
        <source>时段</source>
        <translation>Times</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="54" />
        <source>每周最多</source>
        <translation>Max per week</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="54" />
        <source>请假</source>
        <translation>Leave</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="60" />
        <source>添加居民…</source>
        <translation>Add resident…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="60" />
        <source>添加队外人员…</source>
        <translation>Add outside person…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="61" />
        <source>可值班时间…</source>
        <translation>Availability…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="62" />
        <source>登记请假…</source>
        <translation>Record leave…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="62" />
        <source>设为队长</source>
        <translation>Make leader</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="63" />
        <location filename="../../desktop/duty/views/team_view.py" line="355" />
        <source>移出服务队</source>
        <translation>Remove from team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="70" />
        <source>导出选中队员的值班日历（.ics）…</source>
        <translation>Export selected members' duty calendar (.ics)…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="76" />
        <source>队员</source>
        <translation>Members</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="88" />
        <source>更正时长…</source>
        <translation>Correct hours…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="89" />
        <source>开具并打印证明…</source>
        <translation>Issue and print certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="92" />
        <source>从</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="92" />
        <source>到</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="99" />
        <location filename="../../desktop/duty/views/team_view.py" line="106" />
        <source>班次</source>
        <translation>Shift</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="99" />
        <source>值班（小时）</source>
        <translation>Duty (h)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="99" />
        <source>活动服务（小时）</source>
        <translation>Activities (h)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="100" />
        <source>更正（小时）</source>
        <translation>Corrections (h)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="100" />
        <source>合计（小时）</source>
        <translation>Total (h)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <source>服务时长</source>
        <translation>Volunteer hours</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="106" />
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="106" />
        <source>原值班人</source>
        <translation>Rostered</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="106" />
        <source>换给</source>
        <translation>Swapped to</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="107" />
        <location filename="../../desktop/duty/views/team_view.py" line="344" />
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="107" />
        <source>申请人</source>
        <translation>Requested by</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="107" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="107" />
        <source>审批人</source>
        <translation>Approved by</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="111" />
        <source>批准</source>
        <translation>Approve</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="112" />
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="119" />
        <location filename="../../desktop/duty/views/team_view.py" line="157" />
        <source>换班代班</source>
        <translation>Swaps and cover</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="126" />
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="126" />
        <source>类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="126" />
        <source>摘要</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="126" />
        <source>收入</source>
        <translation>Income</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="126" />
        <source>支出</source>
        <translation>Expense</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="127" />
        <source>结余</source>
        <translation>Balance</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="129" />
        <source>打印收支表…</source>
        <translation>Print income and expenses…</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="132" />
        <source>活动经费</source>
        <translation>Team fund</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="156" />
        <source>换班代班（%1 待批）</source>
        <translation>Swaps and cover (%1 pending)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="171" />
        <source>今年：期初 %1，收入 %2，支出 %3，结余 %4 元</source>
        <translation>This year: opening %1, income %2, expenses %3, balance %4 yuan</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="201" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="209" />
        <source>时长已更正</source>
        <translation>Hours corrected</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="216" />
        <location filename="../../desktop/duty/views/team_view.py" line="239" />
        <location filename="../../desktop/duty/views/team_view.py" line="294" />
        <location filename="../../desktop/duty/views/team_view.py" line="332" />
        <location filename="../../desktop/duty/views/team_view.py" line="365" />
        <source>请先选中一位队员</source>
        <translation>Select a member first</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="218" />
        <location filename="../../desktop/duty/views/team_view.py" line="222" />
        <source>更正时长</source>
        <translation>Correct hours</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="218" />
        <source>增加的分钟数（减少写负数）</source>
        <translation>Minutes to add (negative to subtract)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="222" />
        <source>原因（必填）</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="233" />
        <source>已开具证明 %1：%2</source>
        <translation>Certificate %1 issued: %2</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="241" />
        <source>保存证明</source>
        <translation>Save certificate</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="267" />
        <location filename="../../desktop/duty/views/team_view.py" line="272" />
        <source>已加入服务队</source>
        <translation>Added to the team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="276" />
        <source>已登记请假</source>
        <translation>Leave recorded</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="280" />
        <source>已设为队长</source>
        <translation>Made team leader</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="284" />
        <source>已移出服务队</source>
        <translation>Removed from the team</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="297" />
        <source>已保存 %1 的可值班时间</source>
        <translation>Saved availability for %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="302" />
        <location filename="../../desktop/duty/views/team_view.py" line="316" />
        <source>添加居民</source>
        <translation>Add resident</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="302" />
        <source>姓名、拼音或电话</source>
        <translation>Name, pinyin or phone</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="313" />
        <source>花名册里没有找到</source>
        <translation>Not found in the roster</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="316" />
        <source>选择</source>
        <translation>Choose</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="321" />
        <location filename="../../desktop/duty/views/team_view.py" line="324" />
        <source>添加队外人员</source>
        <translation>Add outside person</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="334" />
        <location filename="../../desktop/duty/views/team_view.py" line="344" />
        <source>登记请假</source>
        <translation>Record leave</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="334" />
        <source>日期（如 2026-12-01 至 2026-12-05）</source>
        <translation>Dates (e.g. 2026-12-01 至 2026-12-05)</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="342" />
        <source>日期看不懂：%1</source>
        <translation>Cannot read the date: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="355" />
        <source>确定把这位队员移出服务队吗？</source>
        <translation>Remove this member from the team?</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="367" />
        <source>保存日历</source>
        <translation>Save calendar</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="375" />
        <location filename="../../desktop/duty/views/team_view.py" line="389" />
        <source>已保存：%1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="382" />
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
        <location filename="../../desktop/ui/today_page.py" line="79" />
        <source>今天没有需要特别注意的事项。</source>
        <translation>Nothing needs special attention today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="85" />
        <source>%1年%2月%3日 %4</source>
        <translation>%4, %3/%2/%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="87" />
        <source>%s，您好。</source>
        <translation>Hello, %s.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="22" />
        <source>新建账号</source>
        <translation>New account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="42" />
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="43" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="44" />
        <source>初始密码</source>
        <translation>Initial password</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="45" />
        <source>角色</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/user_dialog.py" line="46" />
        <source>所属社区</source>
        <translation>Communities</translation>
    </message>
</context>
<context>
    <name>VisitsTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="296" />
        <source>探访情况</source>
        <translation>Visit findings</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="300" />
        <source>记录探访</source>
        <translation>Record visit</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="304" />
        <source>选中的会员：</source>
        <translation>Selected members:</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="304" />
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="315" />
        <source>定期探访 %1 位，逾期 %2 位</source>
        <translation>%1 on regular visits, %2 overdue</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="327" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="327" />
        <source>请先在表中选中会员</source>
        <translation>Select members in the table first</translation>
    </message>
</context>
<context>
    <name>_Tab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="63" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
</context>
<context>
    <name>_Welcome</name>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="225" />
        <source>社区社工站：花名册 · 志愿值班 · 戒毒康复 · 养老中心 · 活动</source>
        <translation>Community social-work station: roster · volunteer duty · rehab follow-up · elder centre · activities</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="19" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="27" />
        <location filename="../../desktop/ui/reports_page.py" line="42" />
        <location filename="../../desktop/ui/reports_page.py" line="82" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="31" />
        <source>请留意</source>
        <translation>Please note</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="31" />
        <source>以下字没有字体可以打印，已用〓代替，请手写补上：%s</source>
        <translation>No font can print these characters; they were printed as 〓, please write them in by hand: %s</translation>
    </message>
    <message>
        <source>导出审计记录</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="34" />
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="45" />
        <source>已保存：%s</source>
        <translation>Saved: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="47" />
        <source>（%d 条）</source>
        <translation> (%d records)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="48" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="82" />
        <source>请先在设置中填写本机所在社区</source>
        <translation>First set this computer's community in Settings</translation>
    </message>
    <message>
        <source>已导出 %d 条记录。</source>
        <translation>Exported %d records.</translation>
    </message>
</context>
</TS>