// Unicode.swift — natives of package unicode: the Is* classes by Unicode
// general category (Swift's Unicode data) with Go's own rules where they
// differ from a plain category (IsSpace, IsControl, IsPrint, IsGraphic),
// and the simple case mappings ToUpper, ToLower, ToTitle, To (Strings.swift).
// Range tables (unicode.Is, In, the category variables) are not provided.
import GoABI
import GoVM

/// The general category of rune r, nil for a surrogate or an invalid rune.
func category(_ r: Int32) -> Unicode.GeneralCategory? {
    guard r >= 0, let sc = Unicode.Scalar(UInt32(r)) else { return nil }
    return sc.properties.generalCategory
}

func isLetterRune(_ r: Int32) -> Bool {
    if r < 0x80 { return (r >= 65 && r <= 90) || (r >= 97 && r <= 122) }
    switch category(r) {
    case .uppercaseLetter?, .lowercaseLetter?, .titlecaseLetter?, .modifierLetter?, .otherLetter?: return true
    default: return false
    }
}

func isMarkRune(_ r: Int32) -> Bool {
    switch category(r) {
    case .nonspacingMark?, .spacingMark?, .enclosingMark?: return true
    default: return false
    }
}

func isNumberRune(_ r: Int32) -> Bool {
    switch category(r) {
    case .decimalNumber?, .letterNumber?, .otherNumber?: return true
    default: return false
    }
}

func isPunctRune(_ r: Int32) -> Bool {
    switch category(r) {
    case .connectorPunctuation?, .dashPunctuation?, .openPunctuation?, .closePunctuation?,
         .initialPunctuation?, .finalPunctuation?, .otherPunctuation?: return true
    default: return false
    }
}

func isSymbolRune(_ r: Int32) -> Bool {
    switch category(r) {
    case .mathSymbol?, .currencySymbol?, .modifierSymbol?, .otherSymbol?: return true
    default: return false
    }
}

/// A rune predicate native: r at 0, bool result at 8.
@inline(__always) func runeClass(_ a: UnsafeMutableRawPointer, _ f: (Int32) -> Bool) -> Int32 {
    Args(p: a).set(8, f(a.load(as: Int32.self))); return 0
}

/// A rune mapping native: r at 0, rune result at 8.
@inline(__always) func runeMap(_ a: UnsafeMutableRawPointer, _ f: (Int32) -> Int32) -> Int32 {
    Args(p: a).set(8, Int(f(a.load(as: Int32.self)))); return 0
}

let unicodeNatives: [(String, NativeFn)] = [
    ("unicode.IsLetter", { _, a in runeClass(a, isLetterRune) }),
    ("unicode.IsDigit", { _, a in runeClass(a) { $0 < 0x80 ? ($0 >= 48 && $0 <= 57) : category($0) == .decimalNumber } }),
    ("unicode.IsNumber", { _, a in runeClass(a, isNumberRune) }),
    ("unicode.IsSpace", { _, a in runeClass(a, isSpaceRune) }),
    ("unicode.IsUpper", { _, a in runeClass(a) { $0 < 0x80 ? ($0 >= 65 && $0 <= 90) : category($0) == .uppercaseLetter } }),
    ("unicode.IsLower", { _, a in runeClass(a) { $0 < 0x80 ? ($0 >= 97 && $0 <= 122) : category($0) == .lowercaseLetter } }),
    ("unicode.IsTitle", { _, a in runeClass(a) { category($0) == .titlecaseLetter } }),
    ("unicode.IsPunct", { _, a in runeClass(a, isPunctRune) }),
    ("unicode.IsSymbol", { _, a in runeClass(a, isSymbolRune) }),
    ("unicode.IsMark", { _, a in runeClass(a, isMarkRune) }),
    // Go: the C0 and C1 control characters only.
    ("unicode.IsControl", { _, a in runeClass(a) { ($0 >= 0 && $0 <= 0x1F) || ($0 >= 0x7F && $0 <= 0x9F) } }),
    ("unicode.IsPrint", { _, a in runeClass(a, isPrint) }),
    ("unicode.IsGraphic", { _, a in runeClass(a, isGraphicRune) }),
    ("unicode.ToUpper", { _, a in runeMap(a, toUpperRune) }),
    ("unicode.ToLower", { _, a in runeMap(a, toLowerRune) }),
    ("unicode.ToTitle", { _, a in runeMap(a, toTitleRune) }),
    // To(_case int, r rune) rune: UpperCase 0, LowerCase 1, TitleCase 2.
    ("unicode.To", { _, a in
        let c = a.load(as: Int.self), r = a.load(fromByteOffset: 8, as: Int32.self)
        let m: Int32 = c == 0 ? toUpperRune(r) : c == 1 ? toLowerRune(r) : c == 2 ? toTitleRune(r) : 0xFFFD
        Args(p: a).set(16, Int(m)); return 0
    }),
]
