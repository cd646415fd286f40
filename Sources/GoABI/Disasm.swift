// Disasm.swift — a listing of the code segment (debug flag GOMEM_DIS=1 in
// `gomem run` prints it to standard error before running).
extension Program {
    public func disassemble() -> String {
        var entries: [Int: String] = [:]
        for i in 0..<funcCount where funcs[i].entry >= 0 {
            entries[Int(funcs[i].entry)] = "\(funcNames[i]) (frame \(funcs[i].frameSize), args \(funcs[i].argSize))"
        }
        var out = ""
        for pc in 0..<codeCount {
            if let n = entries[pc] { out += "\n\(n):\n" }
            let i = code[pc]
            out += "  \(pc)\t\(i.op)\t\(i.a) \(i.b) \(i.c) \(i.d)" + (i.w != 0 ? " w=\(i.w)" : "") + "\t; line \(lines[pc])\n"
        }
        return out
    }
}
