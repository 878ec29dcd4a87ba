// This module is compiled with the x86 SHA extensions, SSSE3 and SSE4.1 enabled (see
// Package.swift), so the compiler may use those instructions anywhere in it: it holds
// nothing but the block function, and nothing may call it unless the CPU has them
// (ChiboCore's `SHA256.Implementation` checks).
#if arch(x86_64) && canImport(_Builtin_intrinsics.intel)
    import _Builtin_intrinsics.intel

    /// SHA-256's compression function (FIPS 180-4, 6.2.2) with the x86 SHA extensions
    /// (SHA-NI: `sha256rnds2`, `sha256msg1`, `sha256msg2`), in Intel's sequence: the state
    /// held as the two vectors ABEF and CDGH, each instruction doing two rounds, the
    /// message schedule four words at a time.
    public enum SHA256Instructions {
        /// Mixes `count` consecutive 64-byte blocks at `blocks` into the eight state words
        /// a…h at `state` (native byte order).
        ///
        /// Call only when the CPU reports `sha_ni`, `ssse3` and `sse4_1`; elsewhere it
        /// stops the process on an illegal instruction. Never inlined into the caller,
        /// whose module is compiled without those instructions.
        @inline(never)
        public static func compress(
            _ state: UnsafeMutablePointer<UInt32>, blocks: UnsafeRawPointer, count: Int
        ) {
            // Lanes are listed lowest first: ABEF holds (f, e, b, a), CDGH (h, g, d, c).
            var abef = vector(Words(state[5], state[4], state[1], state[0]))
            var cdgh = vector(Words(state[7], state[6], state[3], state[2]))
            // Reverses the bytes of each 32-bit lane: the message words are big-endian.
            let bigEndian = vector(Words(0x0001_0203, 0x0405_0607, 0x0809_0a0b, 0x0c0d_0e0f))
            var block = blocks
            let end = blocks + count * 64
            while block < end {
                let (startABEF, startCDGH) = (abef, cdgh)
                var w0 = _mm_shuffle_epi8(
                    _mm_loadu_si128(block.assumingMemoryBound(to: __m128i.self)), bigEndian)
                var w1 = _mm_shuffle_epi8(
                    _mm_loadu_si128((block + 16).assumingMemoryBound(to: __m128i.self)), bigEndian)
                var w2 = _mm_shuffle_epi8(
                    _mm_loadu_si128((block + 32).assumingMemoryBound(to: __m128i.self)), bigEndian)
                var w3 = _mm_shuffle_epi8(
                    _mm_loadu_si128((block + 48).assumingMemoryBound(to: __m128i.self)), bigEndian)
                // Rounds 0–15 on the block's own words:
                fourRounds(&abef, &cdgh, w0, Words(0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5))
                fourRounds(&abef, &cdgh, w1, Words(0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5))
                fourRounds(&abef, &cdgh, w2, Words(0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3))
                fourRounds(&abef, &cdgh, w3, Words(0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174))
                // Rounds 16–63, each four first extending the schedule by four words:
                extend(&w0, w1, w2, w3)
                fourRounds(&abef, &cdgh, w0, Words(0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc))
                extend(&w1, w2, w3, w0)
                fourRounds(&abef, &cdgh, w1, Words(0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da))
                extend(&w2, w3, w0, w1)
                fourRounds(&abef, &cdgh, w2, Words(0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7))
                extend(&w3, w0, w1, w2)
                fourRounds(&abef, &cdgh, w3, Words(0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967))
                extend(&w0, w1, w2, w3)
                fourRounds(&abef, &cdgh, w0, Words(0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13))
                extend(&w1, w2, w3, w0)
                fourRounds(&abef, &cdgh, w1, Words(0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85))
                extend(&w2, w3, w0, w1)
                fourRounds(&abef, &cdgh, w2, Words(0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3))
                extend(&w3, w0, w1, w2)
                fourRounds(&abef, &cdgh, w3, Words(0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070))
                extend(&w0, w1, w2, w3)
                fourRounds(&abef, &cdgh, w0, Words(0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5))
                extend(&w1, w2, w3, w0)
                fourRounds(&abef, &cdgh, w1, Words(0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3))
                extend(&w2, w3, w0, w1)
                fourRounds(&abef, &cdgh, w2, Words(0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208))
                extend(&w3, w0, w1, w2)
                fourRounds(&abef, &cdgh, w3, Words(0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2))
                abef = _mm_add_epi32(abef, startABEF)
                cdgh = _mm_add_epi32(cdgh, startCDGH)
                block += 64
            }
            let (first, second) = (words(abef), words(cdgh))
            (state[0], state[1], state[2], state[3]) = (first[3], first[2], second[3], second[2])
            (state[4], state[5], state[6], state[7]) = (first[1], first[0], second[1], second[0])
        }

        /// Four 32-bit lanes, the lowest first.
        private typealias Words = SIMD4<UInt32>

        /// Four rounds on the four schedule words `message` and their round constants:
        /// `sha256rnds2` does the two rounds of the low half, then of the high half
        /// moved down.
        @inline(__always)
        private static func fourRounds(
            _ abef: inout __m128i, _ cdgh: inout __m128i, _ message: __m128i, _ constants: Words
        ) {
            let sum = _mm_add_epi32(message, vector(constants))
            cdgh = _mm_sha256rnds2_epu32(cdgh, abef, sum)
            abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_unpackhi_epi64(sum, sum))
        }

        /// Turns the schedule words W[t−16…t−13] in `oldest` into W[t…t+3], from
        /// W[t−12…t−9] (`second`), W[t−8…t−5] (`third`) and W[t−4…t−1] (`newest`):
        /// `sha256msg1` adds σ0, the W[t−7…t−4] lanes are added, `sha256msg2` adds σ1.
        @inline(__always)
        private static func extend(
            _ oldest: inout __m128i, _ second: __m128i, _ third: __m128i, _ newest: __m128i
        ) {
            // The compiler makes one `palignr` of this.
            let (earlier, later) = (words(third), words(newest))
            let seventhBack = Words(earlier[1], earlier[2], earlier[3], later[0])
            oldest = _mm_sha256msg2_epu32(
                _mm_add_epi32(_mm_sha256msg1_epu32(oldest, second), vector(seventhBack)), newest)
        }

        @inline(__always)
        private static func vector(_ words: Words) -> __m128i { unsafeBitCast(words, to: __m128i.self) }

        @inline(__always)
        private static func words(_ vector: __m128i) -> Words { unsafeBitCast(vector, to: Words.self) }
    }
#endif
