// English and Chinese labels. Elements carry data-i18n="key" (text) or data-i18n-title="key";
// AirgovI18n.t(key) for text built in scripts.
(function (root) {
  'use strict';
  const T = {
    en: {
      title: 'airgov: cooperation on air pollution in Beijing-Tianjin-Hebei',
      tab_model: 'Model', tab_class: 'Classroom', tab_info: 'Info',
      preset: 'Preset', rule: 'Rule', seed: 'Seed', days: 'Days',
      setup: 'Setup', go: 'Go', pause: 'Pause', step: 'Step', speed: 'Speed (days per tick)',
      levers: 'Institutional levers',
      laws_regulations: 'Laws and regulations', organizational_mechanism: 'Organizational mechanism',
      information_platform: 'Information platform', joint_enforcement_supervision: 'Joint enforcement and supervision',
      technology: 'Technology', funding: 'Funding',
      palette: 'Colours', palette_official: 'Official AQI colours', palette_safe: 'Colour-blind safe',
      language: 'Language',
      mon_date: 'Date', mon_pm25: 'Regional PM2.5 (ug/m3, mean so far)', mon_attain: 'Attainment days (AQI <= 100, regional mean)',
      mon_heavy: 'Heavy-pollution days (AQI > 200, regional mean)', mon_poa: 'Price of anarchy (social cost / planner\'s)',
      mon_cost: 'Abatement cost (bn CNY)', mon_payoff: 'Total payoff (bn CNY)', mon_effort: 'Mean effort',
      chart_pm25: 'Regional PM2.5 (daily, mean of the jurisdictions, ug/m3)', chart_classes: 'AQI class days (regional mean, cumulative)',
      chart_effort: 'Effort per jurisdiction (fraction of emissions cut, today)', chart_cost: 'Abatement cost so far (m CNY)',
      chart_payoff: 'Payoff so far (m CNY)', chart_transfer: 'Transfers received so far (m CNY; rewards minus fines)',
      export_daily: 'Export daily CSV', export_totals: 'Export jurisdictions CSV',
      map: 'Map: today\'s PM2.5 class; ring = effort; lines = cooperation ties',
      excellent: 'Excellent', good: 'Good', lightly_polluted: 'Lightly polluted', moderately_polluted: 'Moderately polluted',
      heavily_polluted: 'Heavily polluted', severely_polluted: 'Severely polluted',
      class_teacher: 'Teacher: open a classroom', class_open: 'Open classroom', round_seconds: 'Round timer (s, 0 = none)',
      class_code: 'Classroom code', class_join_link: 'Students open', class_end_round: 'End round now',
      class_student: 'Student: join a classroom', class_join: 'Join', your_name: 'Your name', government: 'Government',
      your_effort: 'Your effort (fraction of emissions cut this round)', submit: 'Submit', round: 'Round',
      seconds_left: 'seconds left', waiting: 'waiting for the others', submitted: 'submitted', computer: 'computer',
      results: 'Results of the last round', payoff: 'Payoff (m CNY)', effort: 'Effort', pm25: 'PM2.5', name: 'Name',
      region_outcome: 'Regional PM2.5 this round', game_over: 'Game over', seat: 'Seat', status: 'Status',
      heavy_days: 'Heavy days',
    },
    zh: {
      title: 'airgov：京津冀大气污染府际合作模拟',
      tab_model: '模型', tab_class: '课堂', tab_info: '说明',
      preset: '预设情景', rule: '决策规则', seed: '随机种子', days: '天数',
      setup: '初始化', go: '运行', pause: '暂停', step: '单步', speed: '速度（每步天数）',
      levers: '制度杠杆',
      laws_regulations: '法律法规', organizational_mechanism: '组织机制', information_platform: '信息平台',
      joint_enforcement_supervision: '联合执法与监督', technology: '技术', funding: '资金',
      palette: '配色', palette_official: '官方AQI配色', palette_safe: '色盲友好配色',
      language: '语言',
      mon_date: '日期', mon_pm25: '区域PM2.5（微克/立方米，累计均值）', mon_attain: '达标天数（AQI≤100，区域平均）',
      mon_heavy: '重污染天数（AQI>200，区域平均）', mon_poa: '无政府代价（社会成本/规划者）',
      mon_cost: '减排成本（十亿元）', mon_payoff: '总收益（十亿元）', mon_effort: '平均减排力度',
      chart_pm25: '区域PM2.5（日均，各地平均，微克/立方米）', chart_classes: 'AQI等级天数（区域平均，累计）',
      chart_effort: '各地减排力度（减排比例，当日）', chart_cost: '累计减排成本（百万元）',
      chart_payoff: '累计收益（百万元）', chart_transfer: '累计转移支付（百万元，奖励减罚款）',
      export_daily: '导出逐日CSV', export_totals: '导出各地CSV',
      map: '地图：当日PM2.5等级；圆环=减排力度；连线=合作关系',
      excellent: '优', good: '良', lightly_polluted: '轻度污染', moderately_polluted: '中度污染',
      heavily_polluted: '重度污染', severely_polluted: '严重污染',
      class_teacher: '教师：开设课堂', class_open: '开设课堂', round_seconds: '每轮时限（秒，0=不限）',
      class_code: '课堂代码', class_join_link: '学生打开', class_end_round: '立即结束本轮',
      class_student: '学生：加入课堂', class_join: '加入', your_name: '姓名', government: '扮演的政府',
      your_effort: '本轮减排力度（减排比例）', submit: '提交', round: '轮次',
      seconds_left: '秒剩余', waiting: '等待其他人', submitted: '已提交', computer: '电脑',
      results: '上一轮结果', payoff: '收益（百万元）', effort: '减排力度', pm25: 'PM2.5', name: '姓名',
      region_outcome: '本轮区域PM2.5', game_over: '游戏结束', seat: '席位', status: '状态',
      heavy_days: '重污染天数',
    },
  };
  let lang = 'en';
  function t(key) { return (T[lang] && T[lang][key]) || T.en[key] || key; }
  function apply(rootEl) {
    (rootEl || document).querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    (rootEl || document).querySelectorAll('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle); });
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  }
  root.AirgovI18n = {
    t, apply,
    setLanguage(l) { if (T[l]) lang = l; apply(); },
    language() { return lang; },
    // A jurisdiction's name in the current language.
    name(j) { return lang === 'zh' && j.name_zh ? j.name_zh : j.name; },
  };
})(window);
