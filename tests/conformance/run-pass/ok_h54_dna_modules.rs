// DNA kata split into modules: nucleotide counts, hamming distance, complement.
mod nucleotide {
    #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
    pub enum Base {
        A = 0,
        C = 1,
        G = 2,
        T = 3,
    }

    impl Base {
        pub const ALL: [Base; 4] = [Base::A, Base::C, Base::G, Base::T];

        pub fn from_byte(b: u8) -> Base {
            match b.to_ascii_uppercase() {
                b'A' => Base::A,
                b'C' => Base::C,
                b'G' => Base::G,
                b'T' => Base::T,
                other => panic!("invalid nucleotide {}", other as char),
            }
        }

        pub fn complement(self) -> Base {
            match self {
                Base::A => Base::T,
                Base::T => Base::A,
                Base::C => Base::G,
                Base::G => Base::C,
            }
        }

        pub fn symbol(self) -> char {
            match self {
                Base::A => 'A',
                Base::C => 'C',
                Base::G => 'G',
                Base::T => 'T',
            }
        }
    }
}

mod analysis {
    use super::nucleotide::Base;

    pub(crate) struct Counts {
        pub by_base: [u32; 4],
    }

    pub fn count(strand: &[u8]) -> Counts {
        let mut c = Counts { by_base: [0; 4] };
        for &b in strand {
            c.by_base[Base::from_byte(b) as usize] += 1;
        }
        c
    }

    pub fn hamming(a: &[u8], b: &[u8]) -> i64 {
        if a.len() != b.len() {
            return -1;
        }
        let mut d = 0;
        for i in 0..a.len() {
            if Base::from_byte(a[i]) != Base::from_byte(b[i]) {
                d += 1;
            }
        }
        d
    }

    pub fn gc_percent(c: &Counts) -> f64 {
        let total: u32 = c.by_base[0] + c.by_base[1] + c.by_base[2] + c.by_base[3];
        let gc = c.by_base[Base::C as usize] + c.by_base[Base::G as usize];
        100.0 * gc as f64 / total as f64
    }
}

use analysis::{count, gc_percent, hamming};
use nucleotide::Base as B;

fn main() {
    let strand = b"GATTACAgattacaCCGG";
    let c = count(strand);
    for base in B::ALL {
        println!("{:?}: {}", base, c.by_base[base as usize]);
    }
    println!("GC content {:.1}%", gc_percent(&c));
    println!("hamming = {}", hamming(b"GAGCCTACTAACGGGAT", b"CATCGTAATGACGGCCT"));
    println!("hamming (bad) = {}", hamming(b"AT", b"A"));
    for &b in strand.iter() {
        print!("{}", B::from_byte(b).complement().symbol());
    }
    println!();
}
