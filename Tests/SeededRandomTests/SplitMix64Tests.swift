import SeededRandom
import Testing

@Suite("Seeded randomness")
struct SplitMix64Tests {
    @Test("the sequence for seed 0 is SplitMix64's published one")
    func knownSequence() {
        var generator = SplitMix64(seed: 0)
        #expect(generator.next() == 0xE220_A839_7B1D_CDAF)
        #expect(generator.next() == 0x6E78_9E6A_A1B9_65F4)
        #expect(generator.next() == 0x06C4_5D18_8009_454F)
    }

    @Test("the same seed gives the same shuffle; another seed another one")
    func shuffles() {
        var first = SplitMix64(seed: 2023), second = SplitMix64(seed: 2023), third = SplitMix64(seed: 7)
        let items = Array(1...27)
        let a = items.deterministicallyShuffled(using: &first)
        #expect(a == items.deterministicallyShuffled(using: &second))
        #expect(a != items.deterministicallyShuffled(using: &third))
        #expect(a.sorted() == items)
    }

    @Test("bounded draws stay in range and reach every value")
    func bounded() {
        var generator = SplitMix64(seed: 1)
        var seen = Set<Int>()
        for _ in 0..<1_000 {
            let value = generator.next(below: 7)
            #expect((0..<7).contains(value))
            seen.insert(value)
        }
        #expect(seen.count == 7)
    }
}
