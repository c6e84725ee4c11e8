<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="221" />
        <location filename="../../desktop/roster/views/people_model.py" line="265" />
        <source>PeopleTableModel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="42" />
        <location filename="../../desktop/ui/main_window.py" line="114" />
        <source>Navigation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127" />
        <location filename="../../desktop/ui/settings_page.py" line="124" />
        <location filename="../../desktop/ui/user_dialog.py" line="32" />
        <source>Roles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129" />
        <source>Desks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="40" />
        <location filename="../../desktop/activities/views/tables.py" line="105" />
        <source>ActivitiesPage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/tables.py" line="129" />
        <source>ActivitiesPage</source>
        <comment>纸质签到表</comment>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AbsenceDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="111" />
        <source>请假外出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="112" />
        <source>离开日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="113" />
        <source>返回日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="114" />
        <source>去往</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="115" />
        <source>事由</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="116" />
        <source>书面申请日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="116" />
        <source>未申请则留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="117" />
        <source>批准日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="117" />
        <source>未批准则留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="118" />
        <source>离开县（市、区）3日以上须书面申请并经批准，否则计为擅自离开。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="104" />
        <source>今天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="106" />
        <source>按月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="107" />
        <source>按周</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="109" />
        <source>全部模块</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="113" />
        <source>按活动名称筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="114" />
        <source>新建活动 (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="141" />
        <source>请选择一个活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="158" />
        <source>找人：姓名、拼音首字母、电话尾号、地址 (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="161" />
        <source>现场加入者姓名（回车登记）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="168" />
        <source>报名 (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="169" />
        <source>签到 (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="170" />
        <source>取消报名/撤销签到 (Del)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="171" />
        <source>附签到表扫描件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="177" />
        <source>按签到表录入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="178" />
        <source>加为志愿者</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="182" />
        <source> 分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="183" />
        <source>取消本次活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="189" />
        <source>打印签到表 (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="190" />
        <source>签到表（含签到/签退时间）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="191" />
        <source>报名名单</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="192" />
        <source>空白签到表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="284" />
        <source>%1年%2月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="332" />
        <source>这段时间没有活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="349" />
        <source>组织者：%1　报名 %2　候补 %3　已签到 %4　志愿者 %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="353" />
        <source>已附扫描件：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="390" />
        <location filename="../../desktop/activities/views/activities_page.py" line="460" />
        <location filename="../../desktop/activities/views/activities_page.py" line="520" />
        <source>请先选择一个活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="413" />
        <source>已报名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="413" />
        <source>名额已满，已进入候补</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="429" />
        <source>已签到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="434" />
        <source>已登记现场加入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="449" />
        <source>已取消报名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="454" />
        <source>已撤销签到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="456" />
        <source>已移除</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="475" />
        <source>先在上面找到这位志愿者</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="479" />
        <source>已记录志愿服务时长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="484" />
        <source>取消活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="484" />
        <source>确定取消本次活动？已报名的人不会自动收到通知。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="486" />
        <source>活动已取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="490" />
        <source>选择签到表扫描件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="491" />
        <source>图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="494" />
        <source>扫描件已保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="524" />
        <source>保存为 PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="539" />
        <source>已生成 %1（%2 页）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activities_page.py" line="541" />
        <source>；以下姓名请手写补上：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivitiesTodaySection</name>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="28" />
        <source>今日活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="57" />
        <source>今天没有安排活动。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/today_section.py" line="63" />
        <source>%1–%2　%3　%4　报名 %5　已签到 %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="30" />
        <source>新建活动</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="52" />
        <source>（不占用功能室）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="57" />
        <source>不限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="61" />
        <source>不重复</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="62" />
        <source>每周（同一星期几）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="63" />
        <source>每月（同一日）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/activity_dialog.py" line="67" />
        <source>节假日停办</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BirthdaysTab</name>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="239" />
        <source>创建本月生日会…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="242" />
        <source>打印生日名单…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="245" />
        <source>月份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="262" />
        <source>中心日历：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="275" />
        <source>生日会</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="275" />
        <source>已创建生日会活动，报名 %1 位，可在“活动”页打印签到表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="280" />
        <source>保存生日名单</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="42" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="54" />
        <source>服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="44" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="54" />
        <source>岗位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="45" />
        <source>◀ 上一页</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="46" />
        <source>下一页 ▶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="49" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="241" />
        <source>周视图</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="50" />
        <source>生成排班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="51" />
        <source>打印排班表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="52" />
        <source>打印签到表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="53" />
        <source>空白值班日志</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="60" />
        <source>新建服务队…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="61" />
        <source>添加岗位…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="62" />
        <source>添加班次…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="71" />
        <source>红底：空缺班次　橙底：冲突（重复排班、请假、休息不足、超过每周上限）　双击：月视图进入该周，周视图调整值班人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="118" />
        <source>全部岗位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="139" />
        <source>还没有志愿服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="156" />
        <source>共 %1 个班次，空缺 %2 个，冲突 %3 个</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="169" />
        <source>星期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="236" />
        <source>月视图</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="264" />
        <source>（空缺）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="267" />
        <source>（请假）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="272" />
        <source>调整值班人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="272" />
        <source>值班人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="278" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="288" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="309" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="331" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="344" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="355" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="362" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="420" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="278" />
        <source>%1这天请假，不能排班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="304" />
        <source>重新生成</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="305" />
        <source>本月已有排班。未开始的班次将重新安排，已开始的保留。继续吗？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="312" />
        <source>已生成 %1 个班次，空缺 %2 个</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="325" />
        <source>请在所属社区的工作台上建立服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="355" />
        <source>班次时间应写成 08:00-12:00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="364" />
        <source>已添加班次 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="368" />
        <source>新建服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="368" />
        <source>名称（如 西湖花园6号楼志愿服务队）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="373" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="376" />
        <source>添加岗位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="373" />
        <source>岗位名称（如 值班室、巡楼、交通疏导）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="376" />
        <source>巡楼打卡时间（如 10:00,16:00，可不填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="383" />
        <source>请先在“岗位”里选一个岗位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="385" />
        <location filename="../../desktop/duty/views/calendar_view.py" line="388" />
        <source>添加班次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="385" />
        <source>时间（如 08:00-12:00）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="388" />
        <source>节假日也值班吗？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="392" />
        <source>保存为 PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/calendar_view.py" line="422" />
        <source>已保存：%1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="47" />
        <location filename="../../desktop/rehab/views/case_view.py" line="176" />
        <source>请在左侧选择个案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="56" />
        <location filename="../../desktop/rehab/views/case_view.py" line="60" />
        <location filename="../../desktop/rehab/views/case_view.py" line="67" />
        <location filename="../../desktop/rehab/views/case_view.py" line="79" />
        <location filename="../../desktop/rehab/views/case_view.py" line="86" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="56" />
        <location filename="../../desktop/rehab/views/case_view.py" line="79" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="57" />
        <source>内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="58" />
        <source>时间线</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="60" />
        <source>方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="61" />
        <location filename="../../desktop/rehab/views/case_view.py" line="70" />
        <source>检测</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="62" />
        <source>下次随访</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="62" />
        <location filename="../../desktop/rehab/views/case_view.py" line="87" />
        <source>记录人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="63" />
        <source>帮扶内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="64" />
        <source>新增随访(&amp;F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="65" />
        <source>随访记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="67" />
        <source>检测方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="68" />
        <location filename="../../desktop/rehab/views/case_view.py" line="80" />
        <source>结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="68" />
        <source>经办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="70" />
        <source>打印检测记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="72" />
        <source>离开</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="72" />
        <source>返回</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="73" />
        <source>天数</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="73" />
        <source>去往</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="74" />
        <source>书面申请</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="74" />
        <source>批准</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>经批准</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="75" />
        <source>否（擅自离开）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="77" />
        <source>登记请假外出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="77" />
        <source>请假外出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="80" />
        <source>转介单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="83" />
        <source>新增转介</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="84" />
        <source>转介帮扶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="86" />
        <source>阶段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="87" />
        <source>记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="88" />
        <source>新增阶段记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="88" />
        <source>阶段记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="90" />
        <source>起草</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="90" />
        <source>情形</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="91" />
        <source>送出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="91" />
        <source>尚未送出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="92" />
        <source>接收</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="97" />
        <source>报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="121" />
        <source>修改(&amp;E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="121" />
        <source>添加联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="122" />
        <source>变更状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="122" />
        <source>共享个案(&amp;S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="123" />
        <source>打印个案摘要</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="124" />
        <source>打印帮扶记录表(&amp;P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="131" />
        <source>基本信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="154" />
        <source>打印所选报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="154" />
        <source>登记送出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="169" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="211" />
        <source>逃避或拒绝检测 %1 次；擅自离开 %2 次，累计 %3 天</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="227" />
        <source>活动模块未安装：无法显示禁毒志愿和宣传活动的参与情况。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="229" />
        <source>禁毒宣传活动：参加 %1 次，担任志愿者 %2 次，志愿服务 %3 小时。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/case_view.py" line="233" />
        <source>没有法定期限或第二十条提醒。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="267" />
        <source>添加工作网络联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="270" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="271" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="272" />
        <source>单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="273" />
        <source>电话</source>
        <translation type="unfinished" />
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
    <name>DutyPage</name>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="58" />
        <source>排班日历</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="60" />
        <source>队员·时长·经费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/duty_page.py" line="64" />
        <source>值班台</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="50" />
        <source>现在：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="50" />
        <source>没有班次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="51" />
        <source>下一班：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="51" />
        <source>今天没有了</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="53" />
        <source>漏巡：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/today_section.py" line="54" />
        <source>未到岗：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="285" />
        <source>修改个案信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="286" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="288" />
        <source>化名（列表中显示）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="289" />
        <source>决定书编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="290" />
        <source>决定机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="291" />
        <source>决定日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="292" />
        <source>执行开始日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="293" />
        <source>期满日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="293" />
        <source>留空则为三年</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="295" />
        <source>报到日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="295" />
        <source>未报到则留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="297" />
        <source>协议签订日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="297" />
        <source>未签则留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="299" />
        <source>风险等级</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="301" />
        <source>公安联络人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="302" />
        <source>备注</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ElderPage</name>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="22" />
        <source>前台签到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/elder_page.py" line="25" />
        <source>会员</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ElderTodaySection</name>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="58" />
        <source>养老中心 今日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="58" />
        <source>到达 %1 人 · 午餐 %2 份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="61" />
        <source>探访逾期 %1 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="61" />
        <source>没有逾期的探访</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="64" />
        <source>本月生日 %1 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="65" />
        <source>本月没有会员过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/today_section.py" line="86" />
        <source>……另有 %1 条</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="93" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="94" />
        <source>方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="95" />
        <source>帮扶内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="96" />
        <source>检测方式</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="96" />
        <source>（本次未检测）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="97" />
        <source>检测结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="97" />
        <source>（无）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="98" />
        <source>下次随访</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="98" />
        <source>留空则按随访计划</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="68" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="69" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>GuardDeskView</name>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="96" />
        <source>现在值班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="100" />
        <source>下一班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="105" />
        <source>开始值班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="108" />
        <source>结束值班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="111" />
        <source>写值班日志</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="116" />
        <source>巡楼打卡</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="163" />
        <source>还没有志愿服务队：请社工先建立服务队和排班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="174" />
        <source>现在没有班次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="175" />
        <source>今天没有下一班了</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="187" />
        <source>%1 %2 打卡</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="192" />
        <source>现在没有要打卡的巡楼（今天已巡 %1 次）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="194" />
        <source>漏巡：%1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="196" />
        <source>未到岗：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="200" />
        <source>已到岗</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="200" />
        <source>未到岗</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="225" />
        <source>%1：已开始值班，%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="239" />
        <source>%1：已结束值班，辛苦了</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="249" />
        <source>%1 巡楼已打卡（%2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="264" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="266" />
        <source>值班日志已保存</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="67" />
        <source>从 Excel 导入花名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="79" />
        <source>导入到社区：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="88" />
        <source>选择 Excel 文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="94" />
        <source>还没有选择文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="97" />
        <source>列的对应：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <source>表格中的列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="100" />
        <source>导入为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="112" />
        <source>原表行号</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="111" />
        <source>将更改</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="112" />
        <source>跳过原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="113" />
        <source>有问题的行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="114" />
        <source>合并到已有居民</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="115" />
        <source>跳过的行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="124" />
        <source>保存错误报告…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="127" />
        <source>确认导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="131" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="157" />
        <source>选择花名册 Excel 文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="158" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="287" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="166" />
        <source>先选择导入到哪个社区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="194" />
        <source>无变化</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="201" />
        <source>有问题的行（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="202" />
        <source>合并到已有居民（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="203" />
        <source>跳过的行（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="205" />
        <source>预览（%1，%2）：新增 %3 人，合并到已有居民 %4 人，有问题 %5 行（不导入，列入错误报告）。确认后才会写入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="217" />
        <source>正在导入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="217" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="218" />
        <source>导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="246" />
        <source>导入完成：新增 %1 人，合并 %2 人，未导入 %3 行。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="264" />
        <source>导入没有完成，什么都没有写入：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="269" />
        <source>已取消导入，什么都没有写入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="286" />
        <source>保存错误报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="297" />
        <source>错误报告已保存：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LogDialog</name>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="40" />
        <source>写值班日志</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="57" />
        <source>写下看到的情况和处理结果</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="60" />
        <source>保存</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/guard_desk.py" line="61" />
        <source>取消</source>
        <translation type="unfinished" />
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
        <location filename="../../desktop/ui/main_window.py" line="101" />
        <source>账号(&amp;A)</source>
        <translation>&amp;Account</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="102" />
        <source>注销</source>
        <translation>Sign out</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="104" />
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="107" />
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="112" />
        <source>页面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="119" />
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="120" />
        <location filename="../../desktop/ui/main_window.py" line="138" />
        <source>关于邻里</source>
        <translation>About Linli</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="127" />
        <source>用户：%s（%s）</source>
        <translation>User: %s (%s)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="129" />
        <source>工作台：%s</source>
        <translation>Desk: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>社区：%s</source>
        <translation>Community: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="130" />
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="131" />
        <source>数据库：%s</source>
        <translation>Database: %s</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/main_window.py" line="139" />
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
        <location filename="../../desktop/elder/views/members_tab.py" line="284" />
        <source>按农历过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="286" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="291" />
        <source>过敏</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="292" />
        <source>慢性病</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="293" />
        <source>健康备注</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="295" />
        <source>健康信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="297" />
        <source>（不变）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="302" />
        <source>变更状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="303" />
        <source>原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="305" />
        <source>续期至</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="309" />
        <source>续期</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MembersTab</name>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="63" />
        <source>姓名 / 会员号 / 手机尾号 / 拼音首字母</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="66" />
        <source>全部状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="71" />
        <source>全部类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="82" />
        <source>登记会员…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="86" />
        <source>打印…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="112" />
        <location filename="../../desktop/elder/views/members_tab.py" line="144" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="116" />
        <source>共 %1 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="123" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="171" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="172" />
        <source>身份证号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="173" />
        <source>所在社区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="176" />
        <source>化名（列表中显示）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="177" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="178" />
        <source>决定书编号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="179" />
        <source>决定机关</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="180" />
        <source>决定日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="181" />
        <source>执行开始日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="182" />
        <source>报到日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="182" />
        <source>未报到则留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="183" />
        <source>风险等级</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="185" />
        <source>公安联络人</source>
        <translation type="unfinished" />
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
    <name>PersonEditor</name>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="116" />
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="117" />
        <source>取消 (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="118" />
        <source>删除 (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="131" />
        <source>基本信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="135" />
        <source>时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="135" />
        <source>操作人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="135" />
        <source>操作</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="135" />
        <source>项目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="136" />
        <source>原来</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="136" />
        <source>改为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="138" />
        <source>变更记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="140" />
        <source>关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="174" />
        <source>如 1950-03-05，可由身份证号得出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="176" />
        <source>18 位，可留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="188" />
        <location filename="../../desktop/roster/views/person_editor.py" line="209" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="188" />
        <location filename="../../desktop/roster/views/person_editor.py" line="211" />
        <source>内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="188" />
        <source>起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="188" />
        <source>止</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="189" />
        <source>记录人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="202" />
        <source>如：一家外出旅游，下周回来</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="204" />
        <source>本人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="205" />
        <source>全户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="208" />
        <source>可留空：直到结束</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="210" />
        <source>关于</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="212" />
        <source>开始</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="213" />
        <source>结束</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="219" />
        <source>添加关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="220" />
        <source>结束所选事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="239" />
        <source>未选择</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="240" />
        <source>在表格中选一个人，按 Enter 编辑；Ctrl+N 新增</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="267" />
        <source>身份证号只显示部分：没有修改此人的权限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="280" />
        <source>新增居民</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="437" />
        <source>（全户）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="479" />
        <source>先在上面选一条事项</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="205" />
        <source>随访计划模板</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>从第几月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>到第几月</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>每几天联系</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="210" />
        <source>每几天检测</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="218" />
        <source>添加阶段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="221" />
        <source>删除最后阶段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="225" />
        <source>随访计划由督导维护，此处仅供查看。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceptionView</name>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="44" />
        <source>刷卡 / 会员号 / 手机尾号 / 拼音首字母，回车签到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="49" />
        <source>午餐（F2）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="55" />
        <source>请刷卡或输入会员号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="95" />
        <source>回车 签到 · F2 或空格 切换午餐 · ↑↓ 选择同名会员 · Esc 取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="123" />
        <source>已取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="174" />
        <source>  ✓已签到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="179" />
        <source>（↓ 选择，回车确认）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="185" />
        <source>　空行回车＝确认签到，Esc＝取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="221" />
        <source>今日到达 %1 人　·　午餐 %2 份</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/reception.py" line="226" />
        <source>是</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="134" />
        <source>转介帮扶</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="135" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="136" />
        <source>转介单位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="137" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="138" />
        <source>结果</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="173" />
        <source>登记会员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="176" />
        <source>在花名册中查找：姓名 / 拼音 / 电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="184" />
        <source>按农历过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="185" />
        <source>同意使用照片</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="187" />
        <source>不符合入会条件时，填写例外原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="189" />
        <source>紧急联系人：姓名 关系 电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="191" />
        <source>人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="193" />
        <source>入会日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="194" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="197" />
        <source>例外原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="198" />
        <source>紧急联系人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="203" />
        <source>过敏</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="204" />
        <source>慢性病</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/members_tab.py" line="238" />
        <source>请先在花名册中选择人员</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RehabPage</name>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="35" />
        <source>搜索化名、姓名、拼音首字母、决定书编号（Ctrl+F）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="38" />
        <source>在管</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="41" />
        <source>全部状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="45" />
        <source>新建个案(&amp;N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="48" />
        <source>空白家访表</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="50" />
        <source>随访计划</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="60" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="65" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="67" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="75" />
        <source>个案</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="60" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="61" />
        <source>风险</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="61" />
        <source>下次随访</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="62" />
        <location filename="../../desktop/rehab/views/rehab_page.py" line="70" />
        <source>负责社工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="62" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="67" />
        <source>应办日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="68" />
        <source>待办</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="69" />
        <source>逾期</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/rehab/views/rehab_page.py" line="69" />
        <source>%n 天</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="73" />
        <source>到期/逾期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="75" />
        <source>级别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="76" />
        <source>提醒</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="79" />
        <source>法定提醒</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="129" />
        <source>个案（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="138" />
        <source>到期/逾期（%1）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/rehab_page.py" line="139" />
        <source>法定提醒（%1）</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="63" />
        <source>逾期 %1 个：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="64" />
        <source>　%1　%2（%3，逾期 %4 天）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="67" />
        <source>本周到期 %1 个：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="70" />
        <source>法定提醒 %1 条：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/today_section.py" line="72" />
        <source>本周没有到期的随访，也没有法定提醒。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="59" />
        <source>空白值班记录表（PDF）</source>
        <translation>Blank duty log form (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="60" />
        <source>账号清单（PDF）</source>
        <translation>Account list (PDF)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="61" />
        <source>审计记录导出（CSV）</source>
        <translation>Audit trail export (CSV)</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="70" />
        <source>报表与打印</source>
        <translation>Reports and printing</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="82" />
        <source>期间：</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="96" />
        <source>生成…</source>
        <translation>Generate…</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="86" />
        <source>预约</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="90" />
        <source>开始</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="90" />
        <source>分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="137" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="137" />
        <source>开始时间请写成 09:00</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="117" />
        <source>搜索：姓名、拼音首字母（如 cfs）、电话尾号、住址（如 6号楼501）、标签　Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="128" />
        <source>按标签筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="129" />
        <source>全部标签</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="136" />
        <source>按年龄筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="146" />
        <source>新增 (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="150" />
        <source>导入Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="154" />
        <source>打印</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="171" />
        <source>撤销 (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/roster/views/roster_page.py" line="283" />
        <source>共 %n 人</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="347" />
        <source>先在左边选一个社区或住户，再按 Ctrl+N 新增</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="377" />
        <source>已删除 %1。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="441" />
        <source>打印功能尚未安装</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="448" />
        <source>先在左边选一栋楼</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="455" />
        <source>先选一户（或该户的一个人）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="464" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="465" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="477" />
        <source>以下姓名中有字体缺少的字，已按替代规则打印：</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterTodaySection</name>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="87" />
        <source>关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="87" />
        <source>今天没有关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="89" />
        <source>需要多看望</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="89" />
        <source>没有需要看望的人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="90" />
        <source>今天过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="90" />
        <source>今天没有人过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="104" />
        <source>到 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="112" />
        <source>%1岁</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="119" />
        <source>%1岁生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="119" />
        <source>生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="148" />
        <source>还有 %1 条，请在花名册中查看</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterTree</name>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="33" />
        <source>社区楼栋住户</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="164" />
        <source>接收的公安机关/民警</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="174" />
        <source>测量：收缩压=130;舒张压=80</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="175" />
        <source>记录服务</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="181" />
        <source>月份</source>
        <translation type="unfinished" />
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
        <source>新密码（至少6位）</source>
        <translation>New password (6+ characters)</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="256" />
        <source>共享给禁毒社工</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="259" />
        <source>共享后，对方可以查看和记录这个个案；可随时取消共享。</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SheetEntryDialog</name>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="24" />
        <source>按签到表录入：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="27" />
        <source>勾选在签到表上签了名的人（空格键勾选/取消）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="40" />
        <source>空白行上现场加入的人（每行一个姓名）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="46" />
        <source>签到表扫描件（图片或 PDF，可不填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="47" />
        <source>选择…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="65" />
        <source>选择签到表扫描件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="66" />
        <source>图片或 PDF (*.jpg *.jpeg *.png *.pdf *.tif *.tiff)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="83" />
        <source>签到表已录入：新增 %1 人，现场加入 %2 人%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/activities/views/sheet_dialog.py" line="84" />
        <source>，扫描件已保存</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StageDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="144" />
        <source>阶段记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="145" />
        <source>阶段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="146" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="147" />
        <source>记录</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="153" />
        <source>变更状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="154" />
        <source>新状态</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="155" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="156" />
        <source>说明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/rehab/views/dialogs.py" line="157" />
        <source>转往（转出时填写）</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamView</name>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="51" />
        <location filename="../../desktop/duty/views/team_view.py" line="94" />
        <location filename="../../desktop/duty/views/team_view.py" line="297" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="51" />
        <source>队长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="51" />
        <location filename="../../desktop/duty/views/team_view.py" line="300" />
        <source>电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="51" />
        <source>技能</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="52" />
        <source>可值班星期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="52" />
        <source>时段</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="52" />
        <source>每周最多</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="52" />
        <source>请假</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="58" />
        <source>添加居民…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="58" />
        <source>添加队外人员…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="59" />
        <source>登记请假…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="59" />
        <source>设为队长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="60" />
        <location filename="../../desktop/duty/views/team_view.py" line="331" />
        <source>移出服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="67" />
        <source>导出选中队员的值班日历（.ics）…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="71" />
        <source>队员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="83" />
        <source>更正时长…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="84" />
        <source>开具并打印证明…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="87" />
        <source>从</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="87" />
        <source>到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="94" />
        <location filename="../../desktop/duty/views/team_view.py" line="101" />
        <source>班次</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="94" />
        <source>值班（小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="94" />
        <source>活动服务（小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="95" />
        <source>更正（小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="95" />
        <source>合计（小时）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="97" />
        <source>服务时长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="101" />
        <source>类型</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="101" />
        <source>原值班人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="101" />
        <source>换给</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <location filename="../../desktop/duty/views/team_view.py" line="320" />
        <source>原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <source>申请人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="102" />
        <source>审批人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="105" />
        <source>批准</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="106" />
        <source>拒绝</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="113" />
        <source>换班代班</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="120" />
        <source>日期</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="120" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="120" />
        <source>摘要</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="120" />
        <source>收入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="120" />
        <source>支出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="121" />
        <source>结余</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="123" />
        <source>打印收支表…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="126" />
        <source>活动经费</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="161" />
        <source>今年：期初 %1，收入 %2，支出 %3，结余 %4 元</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="191" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="199" />
        <source>时长已更正</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="206" />
        <location filename="../../desktop/duty/views/team_view.py" line="229" />
        <location filename="../../desktop/duty/views/team_view.py" line="308" />
        <location filename="../../desktop/duty/views/team_view.py" line="341" />
        <source>请先选中一位队员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="208" />
        <location filename="../../desktop/duty/views/team_view.py" line="212" />
        <source>更正时长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="208" />
        <source>增加的分钟数（减少写负数）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="212" />
        <source>原因（必填）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="223" />
        <source>已开具证明 %1：%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="231" />
        <source>保存证明</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="257" />
        <location filename="../../desktop/duty/views/team_view.py" line="262" />
        <source>已加入服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="266" />
        <source>已登记请假</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="270" />
        <source>已设为队长</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="274" />
        <source>已移出服务队</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="278" />
        <location filename="../../desktop/duty/views/team_view.py" line="292" />
        <source>添加居民</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="278" />
        <source>姓名、拼音或电话</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="289" />
        <source>花名册里没有找到</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="292" />
        <source>选择</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="297" />
        <location filename="../../desktop/duty/views/team_view.py" line="300" />
        <source>添加队外人员</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="310" />
        <location filename="../../desktop/duty/views/team_view.py" line="320" />
        <source>登记请假</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="310" />
        <source>日期（如 2026-12-01 至 2026-12-05）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="318" />
        <source>日期看不懂：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="331" />
        <source>确定把这位队员移出服务队吗？</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="343" />
        <source>保存日历</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="351" />
        <location filename="../../desktop/duty/views/team_view.py" line="365" />
        <source>已保存：%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/duty/views/team_view.py" line="358" />
        <source>保存收支表</source>
        <translation type="unfinished" />
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
        <location filename="../../desktop/ui/today_page.py" line="54" />
        <source>今天没有需要特别注意的事项。</source>
        <translation>Nothing needs special attention today.</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="62" />
        <source>%1年%2月%3日 %4</source>
        <translation>%4, %3/%2/%1</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/today_page.py" line="64" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="300" />
        <source>记录探访</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="304" />
        <source>选中的会员：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="304" />
        <source>分钟</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="315" />
        <source>定期探访 %1 位，逾期 %2 位</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="327" />
        <source>提示</source>
        <translation>Notice</translation>
    </message>
    <message>
        <location filename="../../desktop/elder/views/tabs.py" line="327" />
        <source>请先在表中选中会员</source>
        <translation type="unfinished" />
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
    <name>parent</name>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="19" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/print_actions.py" line="27" />
        <location filename="../../desktop/ui/reports_page.py" line="41" />
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
        <location filename="../../desktop/ui/reports_page.py" line="33" />
        <source>导出审计记录</source>
        <translation>Export audit trail</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="43" />
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../desktop/ui/reports_page.py" line="43" />
        <source>已导出 %d 条记录。</source>
        <translation>Exported %d records.</translation>
    </message>
</context>
</TS>