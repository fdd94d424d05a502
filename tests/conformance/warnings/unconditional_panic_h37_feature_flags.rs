// lints: unconditional_panic
// regen: build
// Diagnostics code switched on and off by constant flags and a static.
const DEBUG: bool = false;
const TRACE_LEVEL: u8 = 0;
const SLOTS: usize = 4;
static VERBOSE: bool = false;

#[derive(Clone, Copy, PartialEq)]
enum Build {
    Dev,
    Release,
}

const BUILD: Build = Build::Release;

struct Stats {
    counts: [u32; SLOTS],
}

fn dump(stats: &Stats) -> u32 {
    if DEBUG {
        return stats.counts[SLOTS];
    }
    if TRACE_LEVEL > 2 && stats.counts[0] > 0 {
        return stats.counts[0] / TRACE_LEVEL as u32;
    }
    if TRACE_LEVEL == 0 || stats.counts[9] > 0 {
        return 0;
    }
    stats.counts[1]
}

fn verbose_dump(stats: &Stats) -> u32 {
    if VERBOSE {
        return stats.counts[SLOTS + 1];
    }
    stats.counts[2]
}

fn flagged(stats: &Stats) -> u32 {
    if DEBUG == true {
        return stats.counts[7];
    }
    if !DEBUG {
        return stats.counts[3];
    }
    stats.counts[8]
}

fn per_build(stats: &Stats) -> u32 {
    match BUILD {
        Build::Dev => stats.counts[6],
        Build::Release => stats.counts[0],
    }
}

fn per_level(stats: &Stats) -> u32 {
    match TRACE_LEVEL {
        0 => stats.counts[1],
        1 => stats.counts[1] / 0,
        _ => stats.counts[5],
    }
}

fn main() {
    let stats = Stats { counts: [4, 3, 2, 1] };
    println!("{}", dump(&stats));
    println!("{}", verbose_dump(&stats));
    println!("{}", flagged(&stats));
    println!("{}", per_build(&stats));
    println!("{}", per_level(&stats));
    println!("{}", BUILD == Build::Dev);
}
