// Unicode.swift — the declared surface of package unicode, as Go source: exported
// declarations without bodies, constants with Go's values, types with Go's kinds and
// (for structs) Go's linux/amd64 size and alignment. Checked against real Go by
// scripts/check-stdlib-surface.go.
extension StdlibSurface {
    static let unicode = #"""
        package unicode

        const MaxRune = '\U0010FFFF'
        const ReplacementChar = '\uFFFD'
        const MaxASCII = '\u007F'
        const MaxLatin1 = '\u00FF'
        const UpperCase = 0
        const LowerCase = 1
        const TitleCase = 2
        const MaxCase = 3
        const UpperLower = MaxRune + 1
        const Version = "17.0.0"

        var TurkishCase SpecialCase
        var AzeriCase SpecialCase
        var GraphicRanges []*RangeTable
        var PrintRanges []*RangeTable
        var Categories map[string]*RangeTable
        var CategoryAliases map[string]string
        var Cc *RangeTable
        var Cf *RangeTable
        var Cn *RangeTable
        var Co *RangeTable
        var Cs *RangeTable
        var Digit *RangeTable
        var Nd *RangeTable
        var LC *RangeTable
        var Letter *RangeTable
        var L *RangeTable
        var Lm *RangeTable
        var Lo *RangeTable
        var Lower *RangeTable
        var Ll *RangeTable
        var Mark *RangeTable
        var M *RangeTable
        var Mc *RangeTable
        var Me *RangeTable
        var Mn *RangeTable
        var Nl *RangeTable
        var No *RangeTable
        var Number *RangeTable
        var N *RangeTable
        var Other *RangeTable
        var C *RangeTable
        var Pc *RangeTable
        var Pd *RangeTable
        var Pe *RangeTable
        var Pf *RangeTable
        var Pi *RangeTable
        var Po *RangeTable
        var Ps *RangeTable
        var Punct *RangeTable
        var P *RangeTable
        var Sc *RangeTable
        var Sk *RangeTable
        var Sm *RangeTable
        var So *RangeTable
        var Space *RangeTable
        var Z *RangeTable
        var Symbol *RangeTable
        var S *RangeTable
        var Title *RangeTable
        var Lt *RangeTable
        var Upper *RangeTable
        var Lu *RangeTable
        var Zl *RangeTable
        var Zp *RangeTable
        var Zs *RangeTable
        var Scripts map[string]*RangeTable
        var Adlam *RangeTable
        var Ahom *RangeTable
        var Anatolian_Hieroglyphs *RangeTable
        var Arabic *RangeTable
        var Armenian *RangeTable
        var Avestan *RangeTable
        var Balinese *RangeTable
        var Bamum *RangeTable
        var Bassa_Vah *RangeTable
        var Batak *RangeTable
        var Bengali *RangeTable
        var Beria_Erfe *RangeTable
        var Bhaiksuki *RangeTable
        var Bopomofo *RangeTable
        var Brahmi *RangeTable
        var Braille *RangeTable
        var Buginese *RangeTable
        var Buhid *RangeTable
        var Canadian_Aboriginal *RangeTable
        var Carian *RangeTable
        var Caucasian_Albanian *RangeTable
        var Chakma *RangeTable
        var Cham *RangeTable
        var Cherokee *RangeTable
        var Chorasmian *RangeTable
        var Common *RangeTable
        var Coptic *RangeTable
        var Cuneiform *RangeTable
        var Cypriot *RangeTable
        var Cypro_Minoan *RangeTable
        var Cyrillic *RangeTable
        var Deseret *RangeTable
        var Devanagari *RangeTable
        var Dives_Akuru *RangeTable
        var Dogra *RangeTable
        var Duployan *RangeTable
        var Egyptian_Hieroglyphs *RangeTable
        var Elbasan *RangeTable
        var Elymaic *RangeTable
        var Ethiopic *RangeTable
        var Garay *RangeTable
        var Georgian *RangeTable
        var Glagolitic *RangeTable
        var Gothic *RangeTable
        var Grantha *RangeTable
        var Greek *RangeTable
        var Gujarati *RangeTable
        var Gunjala_Gondi *RangeTable
        var Gurmukhi *RangeTable
        var Gurung_Khema *RangeTable
        var Han *RangeTable
        var Hangul *RangeTable
        var Hanifi_Rohingya *RangeTable
        var Hanunoo *RangeTable
        var Hatran *RangeTable
        var Hebrew *RangeTable
        var Hiragana *RangeTable
        var Imperial_Aramaic *RangeTable
        var Inherited *RangeTable
        var Inscriptional_Pahlavi *RangeTable
        var Inscriptional_Parthian *RangeTable
        var Javanese *RangeTable
        var Kaithi *RangeTable
        var Kannada *RangeTable
        var Katakana *RangeTable
        var Kawi *RangeTable
        var Kayah_Li *RangeTable
        var Kharoshthi *RangeTable
        var Khitan_Small_Script *RangeTable
        var Khmer *RangeTable
        var Khojki *RangeTable
        var Khudawadi *RangeTable
        var Kirat_Rai *RangeTable
        var Lao *RangeTable
        var Latin *RangeTable
        var Lepcha *RangeTable
        var Limbu *RangeTable
        var Linear_A *RangeTable
        var Linear_B *RangeTable
        var Lisu *RangeTable
        var Lycian *RangeTable
        var Lydian *RangeTable
        var Mahajani *RangeTable
        var Makasar *RangeTable
        var Malayalam *RangeTable
        var Mandaic *RangeTable
        var Manichaean *RangeTable
        var Marchen *RangeTable
        var Masaram_Gondi *RangeTable
        var Medefaidrin *RangeTable
        var Meetei_Mayek *RangeTable
        var Mende_Kikakui *RangeTable
        var Meroitic_Cursive *RangeTable
        var Meroitic_Hieroglyphs *RangeTable
        var Miao *RangeTable
        var Modi *RangeTable
        var Mongolian *RangeTable
        var Mro *RangeTable
        var Multani *RangeTable
        var Myanmar *RangeTable
        var Nabataean *RangeTable
        var Nag_Mundari *RangeTable
        var Nandinagari *RangeTable
        var New_Tai_Lue *RangeTable
        var Newa *RangeTable
        var Nko *RangeTable
        var Nushu *RangeTable
        var Nyiakeng_Puachue_Hmong *RangeTable
        var Ogham *RangeTable
        var Ol_Chiki *RangeTable
        var Ol_Onal *RangeTable
        var Old_Hungarian *RangeTable
        var Old_Italic *RangeTable
        var Old_North_Arabian *RangeTable
        var Old_Permic *RangeTable
        var Old_Persian *RangeTable
        var Old_Sogdian *RangeTable
        var Old_South_Arabian *RangeTable
        var Old_Turkic *RangeTable
        var Old_Uyghur *RangeTable
        var Oriya *RangeTable
        var Osage *RangeTable
        var Osmanya *RangeTable
        var Pahawh_Hmong *RangeTable
        var Palmyrene *RangeTable
        var Pau_Cin_Hau *RangeTable
        var Phags_Pa *RangeTable
        var Phoenician *RangeTable
        var Psalter_Pahlavi *RangeTable
        var Rejang *RangeTable
        var Runic *RangeTable
        var Samaritan *RangeTable
        var Saurashtra *RangeTable
        var Sharada *RangeTable
        var Shavian *RangeTable
        var Siddham *RangeTable
        var Sidetic *RangeTable
        var SignWriting *RangeTable
        var Sinhala *RangeTable
        var Sogdian *RangeTable
        var Sora_Sompeng *RangeTable
        var Soyombo *RangeTable
        var Sundanese *RangeTable
        var Sunuwar *RangeTable
        var Syloti_Nagri *RangeTable
        var Syriac *RangeTable
        var Tagalog *RangeTable
        var Tagbanwa *RangeTable
        var Tai_Le *RangeTable
        var Tai_Tham *RangeTable
        var Tai_Viet *RangeTable
        var Tai_Yo *RangeTable
        var Takri *RangeTable
        var Tamil *RangeTable
        var Tangsa *RangeTable
        var Tangut *RangeTable
        var Telugu *RangeTable
        var Thaana *RangeTable
        var Thai *RangeTable
        var Tibetan *RangeTable
        var Tifinagh *RangeTable
        var Tirhuta *RangeTable
        var Todhri *RangeTable
        var Tolong_Siki *RangeTable
        var Toto *RangeTable
        var Tulu_Tigalari *RangeTable
        var Ugaritic *RangeTable
        var Vai *RangeTable
        var Vithkuqi *RangeTable
        var Wancho *RangeTable
        var Warang_Citi *RangeTable
        var Yezidi *RangeTable
        var Yi *RangeTable
        var Zanabazar_Square *RangeTable
        var Properties map[string]*RangeTable
        var ASCII_Hex_Digit *RangeTable
        var Bidi_Control *RangeTable
        var Dash *RangeTable
        var Deprecated *RangeTable
        var Diacritic *RangeTable
        var Extender *RangeTable
        var Hex_Digit *RangeTable
        var Hyphen *RangeTable
        var IDS_Binary_Operator *RangeTable
        var IDS_Trinary_Operator *RangeTable
        var IDS_Unary_Operator *RangeTable
        var ID_Compat_Math_Continue *RangeTable
        var ID_Compat_Math_Start *RangeTable
        var Ideographic *RangeTable
        var Join_Control *RangeTable
        var Logical_Order_Exception *RangeTable
        var Modifier_Combining_Mark *RangeTable
        var Noncharacter_Code_Point *RangeTable
        var Other_Alphabetic *RangeTable
        var Other_Default_Ignorable_Code_Point *RangeTable
        var Other_Grapheme_Extend *RangeTable
        var Other_ID_Continue *RangeTable
        var Other_ID_Start *RangeTable
        var Other_Lowercase *RangeTable
        var Other_Math *RangeTable
        var Other_Uppercase *RangeTable
        var Pattern_Syntax *RangeTable
        var Pattern_White_Space *RangeTable
        var Prepended_Concatenation_Mark *RangeTable
        var Quotation_Mark *RangeTable
        var Radical *RangeTable
        var Regional_Indicator *RangeTable
        var STerm *RangeTable
        var Sentence_Terminal *RangeTable
        var Soft_Dotted *RangeTable
        var Terminal_Punctuation *RangeTable
        var Unified_Ideograph *RangeTable
        var Variation_Selector *RangeTable
        var White_Space *RangeTable
        var CaseRanges []CaseRange
        var FoldCategory map[string]*RangeTable
        var FoldScript map[string]*RangeTable

        type RangeTable struct {
        	R16         []Range16
        	R32         []Range32
        	LatinOffset int
        }

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

        type CaseRange struct {
        	Lo    uint32
        	Hi    uint32
        	Delta d
        }

        type SpecialCase []CaseRange

        func (special SpecialCase) ToUpper(r rune) rune
        func (special SpecialCase) ToTitle(r rune) rune
        func (special SpecialCase) ToLower(r rune) rune

        type d [3]rune

        func IsDigit(r rune) bool
        func IsGraphic(r rune) bool
        func IsPrint(r rune) bool
        func IsOneOf(ranges []*RangeTable, r rune) bool
        func In(r rune, ranges ...*RangeTable) bool
        func IsControl(r rune) bool
        func IsLetter(r rune) bool
        func IsMark(r rune) bool
        func IsNumber(r rune) bool
        func IsPunct(r rune) bool
        func IsSpace(r rune) bool
        func IsSymbol(r rune) bool
        func Is(rangeTab *RangeTable, r rune) bool
        func IsUpper(r rune) bool
        func IsLower(r rune) bool
        func IsTitle(r rune) bool
        func To(_case int, r rune) rune
        func ToUpper(r rune) rune
        func ToLower(r rune) rune
        func ToTitle(r rune) rune
        func SimpleFold(r rune) rune
        """#
}
