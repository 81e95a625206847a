// Package unicode, as gosub provides it: the categories and scripts are answered from
// Java's Unicode tables (RangeTables of this package carry only their name); the small
// property tables are Go's; case mapping and SimpleFold follow Go (UnicodeNatives).
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

// Version is current Go's. Classification and case mapping come from the JDK's tables
// (Unicode 16.0), so the few characters new in Unicode 16.0 are classified where Go's 15.0
// tables would not.
const Version = "15.0.0"

const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

const UpperLower = MaxRune + 1

type Range16 struct {
	Lo     uint16
	Hi     uint16
	Stride uint16
}

type Range32 struct {
	Lo     uint32
	Hi     uint32
	Stride uint32
}

// RangeTable defines a set of Unicode code points by listing the ranges of code points
// within the set. (gosub: the tables of this package are resolved by name.)
type RangeTable struct {
	R16         []Range16
	R32         []Range32
	LatinOffset int
	name        string
}

type CaseRange struct {
	Lo    uint32
	Hi    uint32
	Delta d
}

type d [MaxCase]rune

type SpecialCase []CaseRange

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsNumber(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsTitle(r rune) bool
func IsPunct(r rune) bool
func IsSymbol(r rune) bool
func IsMark(r rune) bool
func IsControl(r rune) bool
func IsGraphic(r rune) bool
func IsPrint(r rune) bool
func IsSpace(r rune) bool
func ToUpper(r rune) rune
func ToLower(r rune) rune
func ToTitle(r rune) rune
func SimpleFold(r rune) rune

func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// isNamed reports whether r is in the category, script or property called name.
func isNamed(name string, r rune) bool

const linearMax = 18

func is16(ranges []Range16, r uint16) bool {
	if len(ranges) <= linearMax || r <= MaxLatin1 {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := &ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func is32(ranges []Range32, r uint32) bool {
	if len(ranges) <= linearMax {
		for i := range ranges {
			range_ := &ranges[i]
			if r < range_.Lo {
				return false
			}
			if r <= range_.Hi {
				return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
			}
		}
		return false
	}
	lo := 0
	hi := len(ranges)
	for lo < hi {
		m := lo + (hi-lo)/2
		range_ := ranges[m]
		if range_.Lo <= r && r <= range_.Hi {
			return range_.Stride == 1 || (r-range_.Lo)%range_.Stride == 0
		}
		if r < range_.Lo {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return false
}

func Is(rangeTab *RangeTable, r rune) bool {
	if rangeTab.name != "" {
		return isNamed(rangeTab.name, r)
	}
	r16 := rangeTab.R16
	if len(r16) > 0 && uint32(r) <= uint32(r16[len(r16)-1].Hi) {
		return is16(r16, uint16(r))
	}
	r32 := rangeTab.R32
	if len(r32) > 0 && r >= rune(r32[0].Lo) {
		return is32(r32, uint32(r))
	}
	return false
}

func In(r rune, ranges ...*RangeTable) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func IsOneOf(ranges []*RangeTable, r rune) bool {
	for _, inside := range ranges {
		if Is(inside, r) {
			return true
		}
	}
	return false
}

func to(_case int, r rune, caseRange []CaseRange) (mappedRune rune, foundMapping bool) {
	if _case < 0 || MaxCase <= _case {
		return ReplacementChar, false
	}
	lo := 0
	hi := len(caseRange)
	for lo < hi {
		m := lo + (hi-lo)/2
		cr := caseRange[m]
		if rune(cr.Lo) <= r && r <= rune(cr.Hi) {
			delta := cr.Delta[_case]
			if delta > MaxRune {
				return rune(cr.Lo) + ((r-rune(cr.Lo))&^1 | rune(_case&1)), true
			}
			return r + delta, true
		}
		if r < rune(cr.Lo) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return r, false
}

func (special SpecialCase) ToUpper(r rune) rune {
	r1, hadMapping := to(UpperCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToUpper(r)
	}
	return r1
}

func (special SpecialCase) ToTitle(r rune) rune {
	r1, hadMapping := to(TitleCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToTitle(r)
	}
	return r1
}

func (special SpecialCase) ToLower(r rune) rune {
	r1, hadMapping := to(LowerCase, r, []CaseRange(special))
	if r1 == r && !hadMapping {
		r1 = ToLower(r)
	}
	return r1
}

var _TurkishCase = SpecialCase{
	CaseRange{0x0049, 0x0049, d{0, 0x131 - 0x49, 0}},
	CaseRange{0x0069, 0x0069, d{0x130 - 0x69, 0, 0x130 - 0x69}},
	CaseRange{0x0130, 0x0130, d{0, 0x69 - 0x130, 0}},
	CaseRange{0x0131, 0x0131, d{0x49 - 0x131, 0, 0x49 - 0x131}},
}

var TurkishCase SpecialCase = _TurkishCase

var AzeriCase SpecialCase = _TurkishCase

var (
	C = &RangeTable{name: "C"}
	Cc = &RangeTable{name: "Cc"}
	Cf = &RangeTable{name: "Cf"}
	Co = &RangeTable{name: "Co"}
	Cs = &RangeTable{name: "Cs"}
	L = &RangeTable{name: "L"}
	Ll = &RangeTable{name: "Ll"}
	Lm = &RangeTable{name: "Lm"}
	Lo = &RangeTable{name: "Lo"}
	Lt = &RangeTable{name: "Lt"}
	Lu = &RangeTable{name: "Lu"}
	M = &RangeTable{name: "M"}
	Mc = &RangeTable{name: "Mc"}
	Me = &RangeTable{name: "Me"}
	Mn = &RangeTable{name: "Mn"}
	N = &RangeTable{name: "N"}
	Nd = &RangeTable{name: "Nd"}
	Nl = &RangeTable{name: "Nl"}
	No = &RangeTable{name: "No"}
	P = &RangeTable{name: "P"}
	Pc = &RangeTable{name: "Pc"}
	Pd = &RangeTable{name: "Pd"}
	Pe = &RangeTable{name: "Pe"}
	Pf = &RangeTable{name: "Pf"}
	Pi = &RangeTable{name: "Pi"}
	Po = &RangeTable{name: "Po"}
	Ps = &RangeTable{name: "Ps"}
	S = &RangeTable{name: "S"}
	Sc = &RangeTable{name: "Sc"}
	Sk = &RangeTable{name: "Sk"}
	Sm = &RangeTable{name: "Sm"}
	So = &RangeTable{name: "So"}
	Z = &RangeTable{name: "Z"}
	Zl = &RangeTable{name: "Zl"}
	Zp = &RangeTable{name: "Zp"}
	Zs = &RangeTable{name: "Zs"}
	Letter = L
	Upper = Lu
	Lower = Ll
	Title = Lt
	Mark = M
	Number = N
	Digit = Nd
	Punct = P
	Symbol = S
	Space = Z
	Other = C
)

var Categories = map[string]*RangeTable{
	"C": C,
	"Cc": Cc,
	"Cf": Cf,
	"Co": Co,
	"Cs": Cs,
	"L": L,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M": M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N": N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P": P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S": S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z": Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

var (
	Adlam = &RangeTable{name: "Adlam"}
	Ahom = &RangeTable{name: "Ahom"}
	Anatolian_Hieroglyphs = &RangeTable{name: "Anatolian_Hieroglyphs"}
	Arabic = &RangeTable{name: "Arabic"}
	Armenian = &RangeTable{name: "Armenian"}
	Avestan = &RangeTable{name: "Avestan"}
	Balinese = &RangeTable{name: "Balinese"}
	Bamum = &RangeTable{name: "Bamum"}
	Bassa_Vah = &RangeTable{name: "Bassa_Vah"}
	Batak = &RangeTable{name: "Batak"}
	Bengali = &RangeTable{name: "Bengali"}
	Bhaiksuki = &RangeTable{name: "Bhaiksuki"}
	Bopomofo = &RangeTable{name: "Bopomofo"}
	Brahmi = &RangeTable{name: "Brahmi"}
	Braille = &RangeTable{name: "Braille"}
	Buginese = &RangeTable{name: "Buginese"}
	Buhid = &RangeTable{name: "Buhid"}
	Canadian_Aboriginal = &RangeTable{name: "Canadian_Aboriginal"}
	Carian = &RangeTable{name: "Carian"}
	Caucasian_Albanian = &RangeTable{name: "Caucasian_Albanian"}
	Chakma = &RangeTable{name: "Chakma"}
	Cham = &RangeTable{name: "Cham"}
	Cherokee = &RangeTable{name: "Cherokee"}
	Chorasmian = &RangeTable{name: "Chorasmian"}
	Common = &RangeTable{name: "Common"}
	Coptic = &RangeTable{name: "Coptic"}
	Cuneiform = &RangeTable{name: "Cuneiform"}
	Cypriot = &RangeTable{name: "Cypriot"}
	Cyrillic = &RangeTable{name: "Cyrillic"}
	Deseret = &RangeTable{name: "Deseret"}
	Devanagari = &RangeTable{name: "Devanagari"}
	Dives_Akuru = &RangeTable{name: "Dives_Akuru"}
	Dogra = &RangeTable{name: "Dogra"}
	Duployan = &RangeTable{name: "Duployan"}
	Egyptian_Hieroglyphs = &RangeTable{name: "Egyptian_Hieroglyphs"}
	Elbasan = &RangeTable{name: "Elbasan"}
	Elymaic = &RangeTable{name: "Elymaic"}
	Ethiopic = &RangeTable{name: "Ethiopic"}
	Georgian = &RangeTable{name: "Georgian"}
	Glagolitic = &RangeTable{name: "Glagolitic"}
	Gothic = &RangeTable{name: "Gothic"}
	Grantha = &RangeTable{name: "Grantha"}
	Greek = &RangeTable{name: "Greek"}
	Gujarati = &RangeTable{name: "Gujarati"}
	Gunjala_Gondi = &RangeTable{name: "Gunjala_Gondi"}
	Gurmukhi = &RangeTable{name: "Gurmukhi"}
	Han = &RangeTable{name: "Han"}
	Hangul = &RangeTable{name: "Hangul"}
	Hanifi_Rohingya = &RangeTable{name: "Hanifi_Rohingya"}
	Hanunoo = &RangeTable{name: "Hanunoo"}
	Hatran = &RangeTable{name: "Hatran"}
	Hebrew = &RangeTable{name: "Hebrew"}
	Hiragana = &RangeTable{name: "Hiragana"}
	Imperial_Aramaic = &RangeTable{name: "Imperial_Aramaic"}
	Inherited = &RangeTable{name: "Inherited"}
	Inscriptional_Pahlavi = &RangeTable{name: "Inscriptional_Pahlavi"}
	Inscriptional_Parthian = &RangeTable{name: "Inscriptional_Parthian"}
	Javanese = &RangeTable{name: "Javanese"}
	Kaithi = &RangeTable{name: "Kaithi"}
	Kannada = &RangeTable{name: "Kannada"}
	Katakana = &RangeTable{name: "Katakana"}
	Kayah_Li = &RangeTable{name: "Kayah_Li"}
	Kharoshthi = &RangeTable{name: "Kharoshthi"}
	Khitan_Small_Script = &RangeTable{name: "Khitan_Small_Script"}
	Khmer = &RangeTable{name: "Khmer"}
	Khojki = &RangeTable{name: "Khojki"}
	Khudawadi = &RangeTable{name: "Khudawadi"}
	Lao = &RangeTable{name: "Lao"}
	Latin = &RangeTable{name: "Latin"}
	Lepcha = &RangeTable{name: "Lepcha"}
	Limbu = &RangeTable{name: "Limbu"}
	Linear_A = &RangeTable{name: "Linear_A"}
	Linear_B = &RangeTable{name: "Linear_B"}
	Lisu = &RangeTable{name: "Lisu"}
	Lycian = &RangeTable{name: "Lycian"}
	Lydian = &RangeTable{name: "Lydian"}
	Mahajani = &RangeTable{name: "Mahajani"}
	Makasar = &RangeTable{name: "Makasar"}
	Malayalam = &RangeTable{name: "Malayalam"}
	Mandaic = &RangeTable{name: "Mandaic"}
	Manichaean = &RangeTable{name: "Manichaean"}
	Marchen = &RangeTable{name: "Marchen"}
	Masaram_Gondi = &RangeTable{name: "Masaram_Gondi"}
	Medefaidrin = &RangeTable{name: "Medefaidrin"}
	Meetei_Mayek = &RangeTable{name: "Meetei_Mayek"}
	Mende_Kikakui = &RangeTable{name: "Mende_Kikakui"}
	Meroitic_Cursive = &RangeTable{name: "Meroitic_Cursive"}
	Meroitic_Hieroglyphs = &RangeTable{name: "Meroitic_Hieroglyphs"}
	Miao = &RangeTable{name: "Miao"}
	Modi = &RangeTable{name: "Modi"}
	Mongolian = &RangeTable{name: "Mongolian"}
	Mro = &RangeTable{name: "Mro"}
	Multani = &RangeTable{name: "Multani"}
	Myanmar = &RangeTable{name: "Myanmar"}
	Nabataean = &RangeTable{name: "Nabataean"}
	Nandinagari = &RangeTable{name: "Nandinagari"}
	New_Tai_Lue = &RangeTable{name: "New_Tai_Lue"}
	Newa = &RangeTable{name: "Newa"}
	Nko = &RangeTable{name: "Nko"}
	Nushu = &RangeTable{name: "Nushu"}
	Nyiakeng_Puachue_Hmong = &RangeTable{name: "Nyiakeng_Puachue_Hmong"}
	Ogham = &RangeTable{name: "Ogham"}
	Ol_Chiki = &RangeTable{name: "Ol_Chiki"}
	Old_Hungarian = &RangeTable{name: "Old_Hungarian"}
	Old_Italic = &RangeTable{name: "Old_Italic"}
	Old_North_Arabian = &RangeTable{name: "Old_North_Arabian"}
	Old_Permic = &RangeTable{name: "Old_Permic"}
	Old_Persian = &RangeTable{name: "Old_Persian"}
	Old_Sogdian = &RangeTable{name: "Old_Sogdian"}
	Old_South_Arabian = &RangeTable{name: "Old_South_Arabian"}
	Old_Turkic = &RangeTable{name: "Old_Turkic"}
	Oriya = &RangeTable{name: "Oriya"}
	Osage = &RangeTable{name: "Osage"}
	Osmanya = &RangeTable{name: "Osmanya"}
	Pahawh_Hmong = &RangeTable{name: "Pahawh_Hmong"}
	Palmyrene = &RangeTable{name: "Palmyrene"}
	Pau_Cin_Hau = &RangeTable{name: "Pau_Cin_Hau"}
	Phags_Pa = &RangeTable{name: "Phags_Pa"}
	Phoenician = &RangeTable{name: "Phoenician"}
	Psalter_Pahlavi = &RangeTable{name: "Psalter_Pahlavi"}
	Rejang = &RangeTable{name: "Rejang"}
	Runic = &RangeTable{name: "Runic"}
	Samaritan = &RangeTable{name: "Samaritan"}
	Saurashtra = &RangeTable{name: "Saurashtra"}
	Sharada = &RangeTable{name: "Sharada"}
	Shavian = &RangeTable{name: "Shavian"}
	Siddham = &RangeTable{name: "Siddham"}
	SignWriting = &RangeTable{name: "SignWriting"}
	Sinhala = &RangeTable{name: "Sinhala"}
	Sogdian = &RangeTable{name: "Sogdian"}
	Sora_Sompeng = &RangeTable{name: "Sora_Sompeng"}
	Soyombo = &RangeTable{name: "Soyombo"}
	Sundanese = &RangeTable{name: "Sundanese"}
	Syloti_Nagri = &RangeTable{name: "Syloti_Nagri"}
	Syriac = &RangeTable{name: "Syriac"}
	Tagalog = &RangeTable{name: "Tagalog"}
	Tagbanwa = &RangeTable{name: "Tagbanwa"}
	Tai_Le = &RangeTable{name: "Tai_Le"}
	Tai_Tham = &RangeTable{name: "Tai_Tham"}
	Tai_Viet = &RangeTable{name: "Tai_Viet"}
	Takri = &RangeTable{name: "Takri"}
	Tamil = &RangeTable{name: "Tamil"}
	Tangut = &RangeTable{name: "Tangut"}
	Telugu = &RangeTable{name: "Telugu"}
	Thaana = &RangeTable{name: "Thaana"}
	Thai = &RangeTable{name: "Thai"}
	Tibetan = &RangeTable{name: "Tibetan"}
	Tifinagh = &RangeTable{name: "Tifinagh"}
	Tirhuta = &RangeTable{name: "Tirhuta"}
	Ugaritic = &RangeTable{name: "Ugaritic"}
	Vai = &RangeTable{name: "Vai"}
	Wancho = &RangeTable{name: "Wancho"}
	Warang_Citi = &RangeTable{name: "Warang_Citi"}
	Yezidi = &RangeTable{name: "Yezidi"}
	Yi = &RangeTable{name: "Yi"}
	Zanabazar_Square = &RangeTable{name: "Zanabazar_Square"}
)

var Scripts = map[string]*RangeTable{
	"Adlam": Adlam,
	"Ahom": Ahom,
	"Anatolian_Hieroglyphs": Anatolian_Hieroglyphs,
	"Arabic": Arabic,
	"Armenian": Armenian,
	"Avestan": Avestan,
	"Balinese": Balinese,
	"Bamum": Bamum,
	"Bassa_Vah": Bassa_Vah,
	"Batak": Batak,
	"Bengali": Bengali,
	"Bhaiksuki": Bhaiksuki,
	"Bopomofo": Bopomofo,
	"Brahmi": Brahmi,
	"Braille": Braille,
	"Buginese": Buginese,
	"Buhid": Buhid,
	"Canadian_Aboriginal": Canadian_Aboriginal,
	"Carian": Carian,
	"Caucasian_Albanian": Caucasian_Albanian,
	"Chakma": Chakma,
	"Cham": Cham,
	"Cherokee": Cherokee,
	"Chorasmian": Chorasmian,
	"Common": Common,
	"Coptic": Coptic,
	"Cuneiform": Cuneiform,
	"Cypriot": Cypriot,
	"Cyrillic": Cyrillic,
	"Deseret": Deseret,
	"Devanagari": Devanagari,
	"Dives_Akuru": Dives_Akuru,
	"Dogra": Dogra,
	"Duployan": Duployan,
	"Egyptian_Hieroglyphs": Egyptian_Hieroglyphs,
	"Elbasan": Elbasan,
	"Elymaic": Elymaic,
	"Ethiopic": Ethiopic,
	"Georgian": Georgian,
	"Glagolitic": Glagolitic,
	"Gothic": Gothic,
	"Grantha": Grantha,
	"Greek": Greek,
	"Gujarati": Gujarati,
	"Gunjala_Gondi": Gunjala_Gondi,
	"Gurmukhi": Gurmukhi,
	"Han": Han,
	"Hangul": Hangul,
	"Hanifi_Rohingya": Hanifi_Rohingya,
	"Hanunoo": Hanunoo,
	"Hatran": Hatran,
	"Hebrew": Hebrew,
	"Hiragana": Hiragana,
	"Imperial_Aramaic": Imperial_Aramaic,
	"Inherited": Inherited,
	"Inscriptional_Pahlavi": Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese": Javanese,
	"Kaithi": Kaithi,
	"Kannada": Kannada,
	"Katakana": Katakana,
	"Kayah_Li": Kayah_Li,
	"Kharoshthi": Kharoshthi,
	"Khitan_Small_Script": Khitan_Small_Script,
	"Khmer": Khmer,
	"Khojki": Khojki,
	"Khudawadi": Khudawadi,
	"Lao": Lao,
	"Latin": Latin,
	"Lepcha": Lepcha,
	"Limbu": Limbu,
	"Linear_A": Linear_A,
	"Linear_B": Linear_B,
	"Lisu": Lisu,
	"Lycian": Lycian,
	"Lydian": Lydian,
	"Mahajani": Mahajani,
	"Makasar": Makasar,
	"Malayalam": Malayalam,
	"Mandaic": Mandaic,
	"Manichaean": Manichaean,
	"Marchen": Marchen,
	"Masaram_Gondi": Masaram_Gondi,
	"Medefaidrin": Medefaidrin,
	"Meetei_Mayek": Meetei_Mayek,
	"Mende_Kikakui": Mende_Kikakui,
	"Meroitic_Cursive": Meroitic_Cursive,
	"Meroitic_Hieroglyphs": Meroitic_Hieroglyphs,
	"Miao": Miao,
	"Modi": Modi,
	"Mongolian": Mongolian,
	"Mro": Mro,
	"Multani": Multani,
	"Myanmar": Myanmar,
	"Nabataean": Nabataean,
	"Nandinagari": Nandinagari,
	"New_Tai_Lue": New_Tai_Lue,
	"Newa": Newa,
	"Nko": Nko,
	"Nushu": Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham": Ogham,
	"Ol_Chiki": Ol_Chiki,
	"Old_Hungarian": Old_Hungarian,
	"Old_Italic": Old_Italic,
	"Old_North_Arabian": Old_North_Arabian,
	"Old_Permic": Old_Permic,
	"Old_Persian": Old_Persian,
	"Old_Sogdian": Old_Sogdian,
	"Old_South_Arabian": Old_South_Arabian,
	"Old_Turkic": Old_Turkic,
	"Oriya": Oriya,
	"Osage": Osage,
	"Osmanya": Osmanya,
	"Pahawh_Hmong": Pahawh_Hmong,
	"Palmyrene": Palmyrene,
	"Pau_Cin_Hau": Pau_Cin_Hau,
	"Phags_Pa": Phags_Pa,
	"Phoenician": Phoenician,
	"Psalter_Pahlavi": Psalter_Pahlavi,
	"Rejang": Rejang,
	"Runic": Runic,
	"Samaritan": Samaritan,
	"Saurashtra": Saurashtra,
	"Sharada": Sharada,
	"Shavian": Shavian,
	"Siddham": Siddham,
	"SignWriting": SignWriting,
	"Sinhala": Sinhala,
	"Sogdian": Sogdian,
	"Sora_Sompeng": Sora_Sompeng,
	"Soyombo": Soyombo,
	"Sundanese": Sundanese,
	"Syloti_Nagri": Syloti_Nagri,
	"Syriac": Syriac,
	"Tagalog": Tagalog,
	"Tagbanwa": Tagbanwa,
	"Tai_Le": Tai_Le,
	"Tai_Tham": Tai_Tham,
	"Tai_Viet": Tai_Viet,
	"Takri": Takri,
	"Tamil": Tamil,
	"Tangut": Tangut,
	"Telugu": Telugu,
	"Thaana": Thaana,
	"Thai": Thai,
	"Tibetan": Tibetan,
	"Tifinagh": Tifinagh,
	"Tirhuta": Tirhuta,
	"Ugaritic": Ugaritic,
	"Vai": Vai,
	"Wancho": Wancho,
	"Warang_Citi": Warang_Citi,
	"Yezidi": Yezidi,
	"Yi": Yi,
	"Zanabazar_Square": Zanabazar_Square,
}

var White_Space = &RangeTable{
	R16: []Range16{
		{0x0009, 0x000d, 1},
		{0x0020, 0x0085, 101},
		{0x00a0, 0x1680, 5600},
		{0x2000, 0x200a, 1},
		{0x2028, 0x2029, 1},
		{0x202f, 0x205f, 48},
		{0x3000, 0x3000, 1},
	},
	LatinOffset: 2,
}

var ASCII_Hex_Digit = &RangeTable{
	R16: []Range16{
		{0x0030, 0x0039, 1},
		{0x0041, 0x0046, 1},
		{0x0061, 0x0066, 1},
	},
	LatinOffset: 3,
}

var Hex_Digit = &RangeTable{
	R16: []Range16{
		{0x0030, 0x0039, 1},
		{0x0041, 0x0046, 1},
		{0x0061, 0x0066, 1},
		{0xff10, 0xff19, 1},
		{0xff21, 0xff26, 1},
		{0xff41, 0xff46, 1},
	},
	LatinOffset: 3,
}

var Dash = &RangeTable{
	R16: []Range16{
		{0x002d, 0x058a, 1373},
		{0x05be, 0x1400, 3650},
		{0x1806, 0x2010, 2058},
		{0x2011, 0x2015, 1},
		{0x2053, 0x207b, 40},
		{0x208b, 0x2212, 391},
		{0x2e17, 0x2e1a, 3},
		{0x2e3a, 0x2e3b, 1},
		{0x2e40, 0x301c, 476},
		{0x3030, 0x30a0, 112},
		{0xfe31, 0xfe32, 1},
		{0xfe58, 0xfe63, 11},
		{0xff0d, 0xff0d, 1},
	},
	R32: []Range32{
		{0x10ead, 0x10ead, 1},
	},
}

var Hyphen = &RangeTable{
	R16: []Range16{
		{0x002d, 0x00ad, 128},
		{0x058a, 0x1806, 4732},
		{0x2010, 0x2011, 1},
		{0x2e17, 0x30fb, 740},
		{0xfe63, 0xff0d, 170},
		{0xff65, 0xff65, 1},
	},
	LatinOffset: 1,
}

var Quotation_Mark = &RangeTable{
	R16: []Range16{
		{0x0022, 0x0027, 5},
		{0x00ab, 0x00bb, 16},
		{0x2018, 0x201f, 1},
		{0x2039, 0x203a, 1},
		{0x2e42, 0x300c, 458},
		{0x300d, 0x300f, 1},
		{0x301d, 0x301f, 1},
		{0xfe41, 0xfe44, 1},
		{0xff02, 0xff07, 5},
		{0xff62, 0xff63, 1},
	},
	LatinOffset: 2,
}

var Pattern_White_Space = &RangeTable{
	R16: []Range16{
		{0x0009, 0x000d, 1},
		{0x0020, 0x0085, 101},
		{0x200e, 0x200f, 1},
		{0x2028, 0x2029, 1},
	},
	LatinOffset: 2,
}

var Join_Control = &RangeTable{
	R16: []Range16{
		{0x200c, 0x200d, 1},
	},
}

var Bidi_Control = &RangeTable{
	R16: []Range16{
		{0x061c, 0x200e, 6642},
		{0x200f, 0x202a, 27},
		{0x202b, 0x202e, 1},
		{0x2066, 0x2069, 1},
	},
}

var Regional_Indicator = &RangeTable{
	R16: []Range16{},
	R32: []Range32{
		{0x1f1e6, 0x1f1ff, 1},
	},
}

var Noncharacter_Code_Point = &RangeTable{
	R16: []Range16{
		{0xfdd0, 0xfdef, 1},
		{0xfffe, 0xffff, 1},
	},
	R32: []Range32{
		{0x1fffe, 0x1ffff, 1},
		{0x2fffe, 0x2ffff, 1},
		{0x3fffe, 0x3ffff, 1},
		{0x4fffe, 0x4ffff, 1},
		{0x5fffe, 0x5ffff, 1},
		{0x6fffe, 0x6ffff, 1},
		{0x7fffe, 0x7ffff, 1},
		{0x8fffe, 0x8ffff, 1},
		{0x9fffe, 0x9ffff, 1},
		{0xafffe, 0xaffff, 1},
		{0xbfffe, 0xbffff, 1},
		{0xcfffe, 0xcffff, 1},
		{0xdfffe, 0xdffff, 1},
		{0xefffe, 0xeffff, 1},
		{0xffffe, 0xfffff, 1},
		{0x10fffe, 0x10ffff, 1},
	},
}

var Variation_Selector = &RangeTable{
	R16: []Range16{
		{0x180b, 0x180d, 1},
		{0xfe00, 0xfe0f, 1},
	},
	R32: []Range32{
		{0xe0100, 0xe01ef, 1},
	},
}

var Properties = map[string]*RangeTable{
	"White_Space": White_Space,
	"ASCII_Hex_Digit": ASCII_Hex_Digit,
	"Hex_Digit": Hex_Digit,
	"Dash": Dash,
	"Hyphen": Hyphen,
	"Quotation_Mark": Quotation_Mark,
	"Pattern_White_Space": Pattern_White_Space,
	"Join_Control": Join_Control,
	"Bidi_Control": Bidi_Control,
	"Regional_Indicator": Regional_Indicator,
	"Noncharacter_Code_Point": Noncharacter_Code_Point,
	"Variation_Selector": Variation_Selector,
}

var GraphicRanges = []*RangeTable{L, M, N, P, S, Zs}

var PrintRanges = []*RangeTable{L, M, N, P, S}
