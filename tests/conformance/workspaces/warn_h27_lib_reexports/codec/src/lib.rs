//! Run-length codec with helper modules; some imports and items are never used.
mod table {
    pub const ESCAPE: u8 = 0xff;
    pub const MAX_RUN: usize = 255;

    pub fn is_escape(b: u8) -> bool {
        b == ESCAPE
    }

    pub fn clamp_run(n: usize) -> usize {
        n.min(MAX_RUN)
    }
}

pub mod stats {
    #[derive(Debug, Clone, Copy, Default)]
    pub struct Stats {
        pub runs: u32,
        pub bytes: u32,
        peak: u32,
    }

    impl Stats {
        pub fn record(&mut self, run: u32) {
            self.runs += 1;
            self.bytes += run;
        }

        fn reset(&mut self) {
            self.runs = 0;
        }
    }
}

pub use stats::Stats;
pub(crate) use table::is_escape;
pub(crate) use table::MAX_RUN;
use table::*;
use std::fmt;

pub fn encoded_len(data: &[u8]) -> usize {
    let mut len = 0;
    let mut i = 0;
    while i < data.len() {
        let mut run = 1;
        while i + run < data.len() && data[i + run] == data[i] {
            run += 1;
        }
        len += if is_escape(data[i]) { 3 } else { 2 };
        i += clamp_run(run);
    }
    len
}

fn debug_dump(data: &[u8]) {
    for b in data {
        print!("{:02x}", b);
    }
}
