// Operand.swift — the result of evaluating an expression (types2 operand.go):
// its mode (how it may be used), type and constant value, and its
// description in error messages ("x (variable of type int)",
// "300 (untyped int constant)", "ID(3) (constant 3 of int type ID)").
import GoSyntax

public enum OperandMode: UInt8, Sendable {
    case invalid      // operand is invalid
    case novalue      // operand represents no value (result of a function call w/o result)
    case builtin      // operand is a built-in function
    case typexpr      // operand is a type
    case constant     // operand is a constant; the operand's typ is a Basic type
    case variable     // operand is an addressable variable
    case mapindex     // operand is a map index expression (acts like a variable on lhs, commaok on rhs of an assignment)
    case value        // operand is a computed value
    case nilvalue     // operand is the nil value
    case commaok      // like value, but operand may be used in a comma,ok expression
    case commaerr     // like commaok, but second value is error, not boolean

    var description: String {
        switch self {
        case .invalid: return "invalid operand"
        case .novalue: return "no value"
        case .builtin: return "built-in"
        case .typexpr: return "type"
        case .constant: return "constant"
        case .variable: return "variable"
        case .mapindex: return "map index expression"
        case .value: return "value"
        case .nilvalue: return "nil"
        case .commaok: return "comma, ok expression"
        case .commaerr: return "comma, error expression"
        }
    }
}

struct Operand {
    var mode: OperandMode = .invalid
    var expr: Expr?
    var type: GoType = Typ.invalid
    var val: Constant = .unknown
    var builtinId: BuiltinId = .len

    static func invalid(_ e: Expr?) -> Operand { Operand(mode: .invalid, expr: e) }

    var isNil: Bool { mode == .nilvalue || (mode == .value && (type as? GoBasic)?.kind == .untypedNil) }

    mutating func setConst(_ v: Constant, _ t: GoType) { mode = .constant; val = v; type = t }
}

extension Checker {
    /// The description of x used in error messages (types2 operandString).
    func describe(_ x: Operand) -> String {
        if x.mode == .nilvalue || (x.mode == .value && (x.type as? GoBasic)?.kind == .untypedNil) {
            if let b = x.type as? GoBasic {
                if b.kind == .invalid { return "nil (with invalid type)" }
                if b.kind == .untypedNil { return "nil" }
            }
            return "nil (of type \(typeStr(x.type)))"
        }
        var buf = ""
        var expr = ""
        if let e = x.expr {
            expr = exprText(e)
        } else {
            switch x.mode {
            case .builtin: expr = "\(x.builtinId)"
            case .typexpr: expr = typeStr(x.type)
            case .constant: expr = x.val.description
            default: break
            }
        }
        if !expr.isEmpty { buf += expr + " (" }
        var hasType = false
        switch x.mode {
        case .invalid, .novalue, .builtin, .typexpr: break
        default:
            if isUntyped(x.type), let b = x.type as? GoBasic {
                buf += b.name + " "
            } else {
                hasType = true
            }
        }
        buf += x.mode.description
        if x.mode == .constant {
            let s = x.val.description
            if s != expr { buf += " " + s }
        }
        if hasType {
            if isValid(x.type) {
                var desc = ""
                if x.type is GoNamed || x.type.alias != nil {
                    var what = compositeKind(x.type)
                    if what.isEmpty { what = (x.type.underlying as? GoBasic)?.name ?? "" }
                    desc = what + " "
                }
                buf += " of " + desc + "type " + typeStr(x.type)
                if let tp = x.type as? GoTypeParam { buf += " constrained by " + constraintStr(tp.constraint) }
            } else {
                buf += " with invalid type"
            }
        }
        if !expr.isEmpty { buf += ")" }
        return buf
    }
}
