// ExprString.swift — expressions printed as in error messages: the short form
// of cmd/compile/internal/syntax's printer (composite literal and function
// literal bodies print as "…").
import GoSyntax

public func exprText(_ n: Node?) -> String { n.map(exprString) ?? "" }
