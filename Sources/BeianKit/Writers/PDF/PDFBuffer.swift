import Foundation

/// Bytes of a PDF being written, with the number formatting PDF wants: no exponents, at most
/// two decimals, the same bytes on every machine and locale.
struct PDFBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) {
        bytes.reserveCapacity(capacity)
    }

    var count: Int { bytes.count }

    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    mutating func append(_ other: [UInt8]) {
        bytes.append(contentsOf: other)
    }

    mutating func append(number: Int) {
        append(String(number))
    }

    /// `value` rounded to hundredths, as `12.5`, `-3` or `0.07`.
    mutating func append(number value: Double) {
        let hundredths = Int((value * 100).rounded())
        if hundredths < 0 { append("-") }
        let magnitude = abs(hundredths)
        append(String(magnitude / 100))
        let fraction = magnitude % 100
        if fraction != 0 {
            append(".")
            append(fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" : "") + String(fraction))
        }
    }

    /// Numbers separated by spaces, followed by an operator and a space.
    mutating func op(_ numbers: [Double], _ name: String) {
        for number in numbers {
            append(number: number)
            append(" ")
        }
        append(name)
        append("\n")
    }

    /// Bytes as uppercase hexadecimal digits.
    mutating func appendHex(_ value: UInt32, digits: Int) {
        let hex = Array("0123456789ABCDEF".utf8)
        for shift in stride(from: (digits - 1) * 4, through: 0, by: -4) {
            bytes.append(hex[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
