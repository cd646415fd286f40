// GoTypes.swift — placeholder replaced by the type checker.
import GoSyntax
