/** The command line (`zhaoshang …`, worded by `--lang`) and the start-up refusals it prints. */
export const CLI_MESSAGES = {
  'cli.usage': {
    zh: `用法：zhaoshang <command> [options]
  serve                         启动 Web 界面与 API
  migrate                       执行数据库迁移（只建表结构）
  demo                          载入演示城市（可重复执行）
  unit add --name NAME --kind KIND [--parent NAME] [--division-code CODE]
  unit list [--json]
  user add --username U --password P --role ROLE --unit "UNIT NAME" [--display-name NAME]
  import companies|leads|projects FILE [--dry-run] [--json]   导入企业库、线索或项目（.xlsx 或 .csv）
  export projects FILE.xlsx     导出项目（列同导入模板）
  import events FILE [--dry-run] [--json]   导入招商活动（列：活动名称、活动类型、活动级别、开始日期、结束日期、地点、地区、主办单位、百日招商轮次、备注）
  import catalogue FILE [--dry-run] [--json]   导入推介项目库（列：项目名称、英文名称、项目简介、英文简介、产业链、总投资(万元)、用地(亩)、承载单位、联系方式、状态）
  export catalogue FILE.xlsx|FILE.pdf   导出推介项目库（中英文；PDF 为 A4，供推介会）
  import sites FILE [--dry-run] [--json]   导入载体资源（列：载体类型、载体名称、所在园区、权属单位、用途、面积(亩)、建筑面积(平方米)、价格(万元/亩)、供电容量(kVA)、主导产业、状态、备注）
  export sites FILE.xlsx        导出载体资源（含本季度是否已确认）
  events yield --from YYYY-MM-DD --to YYYY-MM-DD [--json]   区间内开始的活动的成效：嘉宾、线索、报备、签约、协议投资（按活动与百日招商轮次）
  import chains FILE [--dry-run] [--json]   导入产业链图谱（列：产业链分组、产业链、环节、上中下游、首席专家、智库单位、责任单位）
  import targets FILE [--dry-run] [--json]   导入目标企业（列：产业链、环节、企业名称、统一社会信用代码、标签、责任单位、备注）
  chain gaps [--json]           各环节本地企业、目标企业、线索、报备、项目与缺口（缺链、弱链）
  chain unmatched [--json]      线索和项目中未能对应到图谱的产业链文字
  import carriers|iur|capital FILE [--dry-run] [--json]   导入创新载体、产学研合作或到位资金统计表
  export carriers|iur|capital FILE.xlsx   导出创新载体、产学研合作或到位资金（列同导入模板）
  capital --from YYYY-MM-DD --to YYYY-MM-DD [--json]   到位资金：全市与各单位（国内 万元、外资 万美元、协议投资、到位率、上年同期）
  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]   考核指标（签约项目的合同率、注册率、达到开工条件率等）
  filing check [--json]         检查报备：列出有多于一组有效报备单位的企业集团（应为无；有则退出码 1）
  company match --name NAME [--uscc CODE] [--json]
  company match --file FILE --json   每行一个企业名称（可加 Tab 和信用代码），逐行输出 JSON
  calendar import FILE [--dry-run] [--json]   导入办公室的节假日与调休上班日（列：日期、类型、名称）
  calendar list --year YYYY [--json]          某年的节假日与调休上班日
  audit verify [--json]         校验审计日志哈希链
  backup FILE | restore FILE    整库备份与恢复
  --lang en                     用英文输出（默认中文）
单位类型：{kinds}
角色：{roles}`,
    en: `Usage: zhaoshang <command> [options]
  serve                         start the web UI and the API
  migrate                       apply the database migrations (the schema only)
  demo                          load the demo city (idempotent)
  unit add --name NAME --kind KIND [--parent NAME] [--division-code CODE]
  unit list [--json]
  user add --username U --password P --role ROLE --unit "UNIT NAME" [--display-name NAME]
  import companies|leads|projects FILE [--dry-run] [--json]   import the registry, leads or projects (.xlsx or .csv)
  export projects FILE.xlsx     export the projects (the import's columns)
  import events FILE [--dry-run] [--json]   import events (columns: name, kind, level, start, end, place, region, organisers, campaign round, notes)
  import catalogue FILE [--dry-run] [--json]   import the investment catalogue (columns: name, English name, description, English description, chain, investment (10k yuan), land (mu), host unit, contact, status)
  export catalogue FILE.xlsx|FILE.pdf   export the investment catalogue (bilingual; the PDF is A4, for fairs)
  import sites FILE [--dry-run] [--json]   import land and buildings (columns: kind, name, zone, owner unit, use, area (mu), floor area (m²), price (10k yuan/mu), power (kVA), lead industry, status, notes)
  export sites FILE.xlsx        export land and buildings (with this quarter's confirmation)
  events yield --from YYYY-MM-DD --to YYYY-MM-DD [--json]   the yield of the events started in the window: guests, leads, filings, signed, amount (per event and per campaign)
  import chains FILE [--dry-run] [--json]   import the chain map (one row a segment, the seven columns of the README)
  import targets FILE [--dry-run] [--json]   import target enterprises (columns: chain, segment, name, credit code, tags, responsible unit, notes)
  chain gaps [--json]           every segment: local firms, targets, leads, filings, projects and its gap (missing, weak)
  chain unmatched [--json]      the free-text chains of leads and projects that name no chain of the map
  import carriers|iur|capital FILE [--dry-run] [--json]   import innovation carriers, IUR agreements or the capital statistics sheet
  export carriers|iur|capital FILE.xlsx   export carriers, IUR agreements or capital arrived (the import's columns)
  capital --from YYYY-MM-DD --to YYYY-MM-DD [--json]   capital arrived: city and per unit (domestic 10k yuan, foreign 10k USD, agreed, share, last year)
  kpi --from YYYY-MM-DD --to YYYY-MM-DD [--json]   assessment indicators (contract, registration, ready-to-start rates…)
  filing check [--json]         check the filings: every company group held by more than one holder set (expected none; exit 1 if any)
  company match --name NAME [--uscc CODE] [--json]
  company match --file FILE --json   one company name a line (optionally a tab and a credit code), one JSON line each
  calendar import FILE [--dry-run] [--json]   the office's holidays and make-up working days (columns: date, kind, name)
  calendar list --year YYYY [--json]          a year's holidays and make-up working days
  audit verify [--json]         check the audit trail's hash chain
  backup FILE | restore FILE    whole-database backup and restore
  --lang en                     answer in English (Chinese by default)
Unit kinds: {kinds}
Roles: {roles}`,
  },
  'cli.error': { zh: '错误：{message}', en: 'Error: {message}' },
  'cli.missingOption': { zh: '缺少参数 --{name}', en: 'Missing --{name}' },
  'cli.missingFile': { zh: '缺少文件名', en: 'Missing FILE' },
  'cli.missingFileOf': { zh: '缺少文件名：{usage}', en: 'Missing FILE: {usage}' },
  'cli.missingKpiWindow': { zh: '缺少参数：{usage}', en: 'Missing options: {usage}' },
  'cli.unknownCommand': { zh: '未知命令 “{command}”', en: 'Unknown command "{command}"' },
  'cli.fileNotFound': { zh: '找不到文件 {file}', en: 'No such file: {file}' },
  'cli.migrated': { zh: '数据库已是最新结构', en: 'The database schema is up to date' },
  'cli.demoLoaded': { zh: '演示城市：新建单位 {count} 个', en: 'Demo city: {count} units created' },
  'cli.demoCity': {
    zh: '澜江市：企业 {companies} 家、线索 {leads} 条、项目 {projects} 个、活动 {events} 场、产业链 {chains} 条、创新载体 {carriers} 个、产学研协议 {agreements} 项，用时 {seconds} 秒',
    en: 'Lanjiang: {companies} companies, {leads} leads, {projects} projects, {events} events, {chains} chains, {carriers} carriers, {agreements} cooperation agreements, in {seconds} s',
  },
  'cli.demoRefused': {
    zh: '数据库里已有企业、项目、线索、报备或活动，演示城市只载入空数据库，以免与真实数据混在一起。请用空的 DATA_DIR 或另一个数据库运行 demo。',
    en: 'The database already holds companies, projects, leads, filings or events; the demo city only goes into an empty database, so it never mixes with real data. Run demo with an empty DATA_DIR or another database.',
  },
  'cli.demoAlready': {
    zh: '演示城市已经载入。加 --force 可再载入一次（只补上缺少的数据，不会重复）。',
    en: 'The demo city is loaded already. Add --force to load it again (only what is missing is added, nothing twice).',
  },
  'cli.demoAccount': {
    zh: '账号 {username}（{role}）初始密码：{password}（首次登录须修改）',
    en: 'Account {username} ({role}), initial password: {password} (change it at first login)',
  },
  'cli.badUnitKind': { zh: '单位类型 “{kind}” 无效，可选：{kinds}', en: 'No unit kind "{kind}"; use one of: {kinds}' },
  'cli.unitAdded': { zh: '已新增单位 {name}（{kind}，编号 {id}）', en: 'Unit added: {name} ({kind}, id {id})' },
  'cli.unitInactive': { zh: '(停用)', en: '(inactive)' },
  'cli.noUnits': { zh: '（还没有单位）', en: '(no units yet)' },
  'cli.badRole': { zh: '角色 “{role}” 无效，可选：{roles}', en: 'No role "{role}"; use one of: {roles}' },
  'cli.userAdded': { zh: '已新增用户 {username}（{role}，{unit}）', en: 'User added: {username} ({role}, {unit})' },
  'cli.auditIntact': {
    zh: '审计日志完整：已校验 {count} 条',
    en: 'The audit chain is intact: {count} records checked',
  },
  'cli.auditBroken': {
    zh: '审计日志被篡改：第 {id} 条起校验失败（{reason}），此前 {count} 条完好',
    en: 'The audit chain is broken at record {id} ({reason}); the {count} records before it are intact',
  },
  // The embedded database's lock
  'cli.dataDirBusy': {
    zh: '数据目录 {dir} 正被进程 {pid}（{what}）使用：内嵌数据库同一时间只能由一个进程打开。请先停止该进程，或改用 DATABASE_URL 连接 PostgreSQL 服务器。',
    en: 'DATA_DIR {dir} is in use by process {pid} ({what}): the embedded database belongs to one process at a time. Stop that process first, or use DATABASE_URL.',
  },
  'cli.dataDirLockFailed': { zh: '无法锁定数据目录 {dir}', en: 'Cannot lock the data directory {dir}' },
  'cli.auditActor': { zh: '命令行 {command}', en: 'command line {command}' },
  // serve
  'cli.serveDemoLoaded': { zh: '已载入演示城市（{count} 个单位）。', en: 'Loaded the demo city ({count} units).' },
  'cli.serveDemoAccount': {
    zh: '  登录：{username}  初始密码：{password}（首次登录须修改）',
    en: '  log in: {username}  initial password: {password} (change it at first login)',
  },
  'cli.serveReady': {
    zh: '招商引资协同平台已启动：{url}（{database}，启动用时 {seconds} 秒）',
    en: 'The investment-promotion platform is up: {url} ({database}, started in {seconds} s)',
  },
  'cli.embeddedDatabase': { zh: '内嵌数据库 {dir}', en: 'embedded database {dir}' },
  // backup and restore
  'cli.pgDumpFailed': { zh: 'pg_dump 失败：{reason}', en: 'pg_dump failed: {reason}' },
  'cli.backedUpPg': {
    zh: '已备份 PostgreSQL 数据库到 {file}（{bytes} 字节）',
    en: 'Backed up the PostgreSQL database to {file} ({bytes} bytes)',
  },
  'cli.nothingToBackUp': {
    zh: '数据目录 {dir} 中没有数据库，无可备份',
    en: 'There is no database in {dir}: nothing to back up',
  },
  'cli.backedUpEmbedded': {
    zh: '已备份内嵌数据库到 {file}（{bytes} 字节）',
    en: 'Backed up the embedded database to {file} ({bytes} bytes)',
  },
  'cli.backupNotFound': { zh: '找不到备份文件 {file}', en: 'No such backup file: {file}' },
  'cli.notPgBackup': {
    zh: '这不是 PostgreSQL 的备份文件（pg_dump 自定义格式）；内嵌数据库的备份只能恢复到内嵌数据库',
    en: "This is not a PostgreSQL backup (pg_dump's custom format); a backup of the embedded database restores only into the embedded database",
  },
  'cli.pgRestoreFailed': {
    zh: 'pg_restore 失败，数据未改变：{reason}',
    en: 'pg_restore failed, nothing changed: {reason}',
  },
  'cli.restoredPg': { zh: '已从 {file} 恢复 PostgreSQL 数据库', en: 'Restored the PostgreSQL database from {file}' },
  'cli.notEmbeddedBackup': {
    zh: '这不是内嵌数据库的备份文件（tar.gz）；PostgreSQL 的备份请在设置 DATABASE_URL 后恢复',
    en: 'This is not a backup of the embedded database (tar.gz); restore a PostgreSQL backup with DATABASE_URL set',
  },
  'cli.backupUnreadable': {
    zh: '备份文件无法读取，数据未改变：{reason}',
    en: 'The backup file cannot be read, nothing changed: {reason}',
  },
  'cli.restoredEmbedded': { zh: '已从 {file} 恢复内嵌数据库', en: 'Restored the embedded database from {file}' },
  // calendar
  'cli.calendarDone': {
    zh: '{what} {rows} 天：新增 {created}，更新 {updated}，未变 {unchanged}',
    en: '{what} {rows} days: {created} new, {updated} updated, {unchanged} unchanged',
  },
  'cli.yearNeeded': {
    zh: '请用 --year YYYY 指定年份（如 --year 2025）',
    en: 'Give the year: --year YYYY (e.g. --year 2025)',
  },
  'cli.calendarSeeded': { zh: '来自 {source}，含办公室的修改', en: "from {source}, with the office's changes" },
  'cli.calendarNotSeeded': {
    zh: '数据包未覆盖该年，仅办公室录入的日子',
    en: 'the package does not cover this year: only the days the office entered',
  },
  'cli.calendarYear': {
    zh: '{year} 年：放假与调休上班 {count} 天（{source}）',
    en: '{year}: {count} holidays and make-up working days ({source})',
  },
  // company match
  'cli.match.same': { zh: '同一企业', en: 'the same company' },
  'cli.match.similar': { zh: '相似企业（请人工核对）', en: 'a similar company (a person must look)' },
  'cli.match.none': { zh: '企业库中没有', en: 'not in the registry' },
  'cli.match.candidateSame': { zh: '同一', en: 'same' },
  'cli.match.candidateSimilar': { zh: '相似', en: 'similar' },
  'cli.match.answer': { zh: '{name}：{level}', en: '{name}: {level}' },
  'cli.match.lineError': { zh: '第 {line} 行 {name}：{reason}', en: 'Line {line} {name}: {reason}' },
  // export
  'cli.exportNeedsXlsx': { zh: '导出文件须以 .xlsx 结尾：{file}', en: 'The export file must end in .xlsx: {file}' },
  'cli.noSuchDirectory': { zh: '目录不存在：{dir}', en: 'No such directory: {dir}' },
  'cli.exportedRows': { zh: '已导出 {count} 行到 {file}', en: 'Exported {count} rows to {file}' },
  'cli.exportNeedsXlsxOrPdf': {
    zh: '导出文件须为 .xlsx 或 .pdf：{file}',
    en: 'The export file must be .xlsx or .pdf: {file}',
  },
  'cli.exported': { zh: '已导出 {count} 个项目到 {file}', en: 'Exported {count} projects to {file}' },
  // filing check
  'cli.filingCheck.ok': {
    zh: '报备检查通过：每个企业集团至多一组有效报备单位',
    en: 'Filing check passed: every company group has at most one active holder set',
  },
  'cli.filingCheck.clashes': {
    zh: '{count} 个企业集团有多于一组有效报备单位：',
    en: '{count} company groups have more than one active holder set:',
  },
  'cli.filingCheck.group': {
    zh: '  集团 {id} {name}：{sets} 组，报备 {filings}',
    en: '  group {id} {name}: {sets} sets, filings {filings}',
  },
  // kpi
  'cli.kpi.title': {
    zh: '考核指标 {from} 至 {to}（签约日期在此期间的项目；阶段日期截至 {to}）',
    en: 'Assessment indicators {from} to {to} (projects signed in the window; stage dates up to {to})',
  },
  'cli.kpi.header': {
    zh: '签约数       签约额(万元)    合同率    注册率 达开工条件 定位(个数) 定位(金额)   单位（角色）',
    en: 'Signed     Amount (wan)  Contract   Regist.     Ready   Fit (n) Fit (amt)   unit (role)',
  },
  'cli.kpi.city': { zh: '全市', en: 'City' },
  'cli.kpi.unit': { zh: '{unit}（{role}）', en: '{unit} ({role})' },
  'cli.kpi.host': { zh: '承载', en: 'host' },
  'cli.kpi.source': { zh: '招引', en: 'source' },
  'cli.kpi.lastYear': {
    zh: '上年同期（{from} 至 {to}）全市：签约 {count} 个，合同率 {contract}，注册率 {registration}，达到开工条件率 {ready}',
    en: 'A year earlier ({from} to {to}), city: {count} signed, contract rate {contract}, registration rate {registration}, ready-to-start rate {ready}',
  },
  // Start-up refusals (configuration, database)
  'startup.badConfig': { zh: '配置有误：\n{lines}', en: 'Invalid configuration:\n{lines}' },
  'startup.s3Together': {
    zh: 'ZS_S3_ENDPOINT、ZS_S3_BUCKET、ZS_S3_ACCESS_KEY_ID 与 ZS_S3_SECRET_ACCESS_KEY 须同时设置；都不设置则文件保存在 DATA_DIR/files',
    en: 'ZS_S3_ENDPOINT, ZS_S3_BUCKET, ZS_S3_ACCESS_KEY_ID and ZS_S3_SECRET_ACCESS_KEY go together: set all four, or none to keep files under DATA_DIR/files',
  },
  'startup.s3VirtualNeedsHost': {
    zh: 'ZS_S3_ADDRESSING=virtual 要求 ZS_S3_ENDPOINT 使用主机名（存储桶名加在主机名前），不能是 IP 地址；请改用 path',
    en: 'ZS_S3_ADDRESSING=virtual needs ZS_S3_ENDPOINT by host name (the bucket goes in front of it), not an IP address; use path',
  },
  'startup.notUtf8': {
    zh: "数据库的字符类型为 {ctype}（编码 {encoding}），不是 UTF-8：中文模糊检索需要 UTF-8。请用 CREATE DATABASE … ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0 重建数据库。",
    en: "The database's ctype is {ctype} (encoding {encoding}), not UTF-8: Chinese fuzzy search needs it. Recreate it with CREATE DATABASE … ENCODING 'UTF8' LC_CTYPE 'C.UTF-8' LC_COLLATE 'C.UTF-8' TEMPLATE template0.",
  },
} as const;
