<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name />
    <message>
        <location filename="../../desktop/roster/views/people_model.py" line="212" />
        <location filename="../../desktop/roster/views/people_model.py" line="256" />
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
    <name>ImportDialog</name>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="77" />
        <source>从 Excel 导入花名册</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="89" />
        <source>导入到社区：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="98" />
        <source>选择 Excel 文件…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="104" />
        <source>还没有选择文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="107" />
        <source>列的对应：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <source>表格中的列</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="110" />
        <source>导入为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="119" />
        <source>有问题的行（不会导入，会列入错误报告）：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="122" />
        <source>原表行号</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="122" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="122" />
        <source>原因</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="133" />
        <source>保存错误报告…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="136" />
        <source>确认导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="140" />
        <source>关闭</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="158" />
        <source>选择花名册 Excel 文件</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="159" />
        <location filename="../../desktop/roster/views/import_dialog.py" line="283" />
        <source>Excel 文件 (*.xlsx)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="167" />
        <source>先选择导入到哪个社区</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="194" />
        <source>（不导入）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="206" />
        <source>新增 %1 人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="208" />
        <source>合并到已有居民 %1 人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="209" />
        <source>有问题 %1 行</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="210" />
        <source>预览：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="210" />
        <source>。确认后才会写入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="219" />
        <source>正在导入…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="219" />
        <source>取消</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="220" />
        <source>导入</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="251" />
        <source>导入完成：新增 %1 人，合并 %2 人，未导入 %3 行。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="260" />
        <source>导入没有完成，什么都没有写入：</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="265" />
        <source>已取消导入，什么都没有写入。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="282" />
        <source>保存错误报告</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/import_dialog.py" line="293" />
        <source>错误报告已保存：</source>
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
        <location filename="../../desktop/roster/views/person_editor.py" line="112" />
        <source>保存 (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="113" />
        <source>取消 (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="114" />
        <source>删除 (Delete)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="127" />
        <source>基本信息</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="131" />
        <source>时间</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="131" />
        <source>操作人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="131" />
        <source>操作</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="131" />
        <source>项目</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="132" />
        <source>原来</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="132" />
        <source>改为</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="134" />
        <source>变更记录</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="136" />
        <source>关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="170" />
        <source>如 1950-03-05，可由身份证号得出</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="172" />
        <source>18 位，可留空</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="184" />
        <location filename="../../desktop/roster/views/person_editor.py" line="201" />
        <source>类别</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="184" />
        <location filename="../../desktop/roster/views/person_editor.py" line="203" />
        <source>内容</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="184" />
        <source>起</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="184" />
        <source>止</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="185" />
        <source>记录人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="194" />
        <source>如：一家外出旅游，下周回来</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="196" />
        <source>本人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="197" />
        <source>全户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="200" />
        <source>可留空：直到结束</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="202" />
        <source>关于</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="204" />
        <source>开始</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="205" />
        <source>结束</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="211" />
        <source>添加关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="212" />
        <source>结束所选事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="231" />
        <source>未选择</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="232" />
        <source>在表格中选一个人，按 Enter 编辑；Ctrl+N 新增</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="259" />
        <source>身份证号只显示部分：没有修改此人的权限</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="272" />
        <source>新增居民</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="428" />
        <source>（全户）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/person_editor.py" line="469" />
        <source>先在上面选一条事项</source>
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
    <name>RosterPage</name>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="112" />
        <source>搜索：姓名、拼音首字母（如 cfs）、电话尾号、住址（如 6号楼501）、标签　Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="123" />
        <source>按标签筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="124" />
        <source>全部标签</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="131" />
        <source>按年龄筛选</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="141" />
        <source>新增 (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="145" />
        <source>导入Excel…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="149" />
        <source>打印</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="166" />
        <source>撤销 (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <location filename="../../desktop/roster/views/roster_page.py" line="276" />
        <source>共 %n 人</source>
        <translation type="unfinished">
            <numerusform />
            <numerusform />
        </translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="340" />
        <source>先在左边选一个社区或住户，再按 Ctrl+N 新增</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="370" />
        <source>已删除 %1。</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="434" />
        <source>打印功能尚未安装</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="441" />
        <source>先在左边选一栋楼</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="448" />
        <source>先选一户（或该户的一个人）</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="457" />
        <source>保存 PDF</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../desktop/roster/views/roster_page.py" line="458" />
        <source>PDF 文件 (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterTodaySection</name>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="83" />
        <source>关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="83" />
        <source>今天没有关注事项</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="85" />
        <source>需要多看望</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="85" />
        <source>没有需要看望的人</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="86" />
        <source>今天过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="86" />
        <source>今天没有人过生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="94" />
        <source>到 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="102" />
        <source>%1岁</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="109" />
        <source>%1岁生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="109" />
        <source>生日</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/today_section.py" line="138" />
        <source>还有 %1 条，请在花名册中查看</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RosterTree</name>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="41" />
        <source>社区楼栋住户</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../desktop/roster/views/tree.py" line="50" />
        <location filename="../../desktop/roster/views/tree.py" line="51" />
        <source>全部</source>
        <translation>All</translation>
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