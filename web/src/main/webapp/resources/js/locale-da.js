/*
 * Danish for PrimeFaces' date picker: the week starts on Monday and dates read dd.mm.åååå.
 * PrimeFaces' own Danish locale starts the week on Sunday; this one is used instead (the pages set
 * locale="da"). Loaded in the head, before any widget of the page is made.
 */
(function () {
  if (!window.PrimeFaces) {
    return;
  }
  PrimeFaces.locales = PrimeFaces.locales || {};
  var base = PrimeFaces.locales['da'] || PrimeFaces.locales['en_US'] || {};
  var da = {
    closeText: 'Luk',
    prevText: 'Forrige',
    nextText: 'Næste',
    currentText: 'I dag',
    today: 'I dag',
    clear: 'Ryd',
    monthNames: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august',
      'september', 'oktober', 'november', 'december'],
    monthNamesShort: ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt',
      'nov', 'dec'],
    dayNames: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
    dayNamesShort: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    dayNamesMin: ['sø', 'ma', 'ti', 'on', 'to', 'fr', 'lø'],
    weekHeader: 'Uge',
    firstDay: 1,
    firstDayOfWeek: 1,
    dateFormat: 'dd.mm.yy',
    isRTL: false,
    showMonthAfterYear: false,
    yearSuffix: '',
    timeOnlyTitle: 'Kun tid',
    timeText: 'Tid',
    hourText: 'Time',
    minuteText: 'Minut',
    secondText: 'Sekund',
    ampm: false,
    month: 'Måned',
    week: 'Uge',
    day: 'Dag',
    allDayText: 'Hele dagen',
    chooseDate: 'Vælg dato',
    chooseMonth: 'Vælg måned',
    chooseYear: 'Vælg år'
  };
  var merged = {};
  Object.keys(base).forEach(function (k) { merged[k] = base[k]; });
  Object.keys(da).forEach(function (k) { merged[k] = da[k]; });
  PrimeFaces.locales['da'] = merged;
})();
