// Picks buffer sizes from a constant build profile; the other arms hold
// indexes that would panic but can never run.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Profile {
    Debug,
    Release,
    Bench,
}

const PROFILE: Profile = Profile::Release;
const LEVEL: u8 = 1;
const SIZES: usize = 3;

fn buffer_size(sizes: [usize; SIZES]) -> usize {
    match PROFILE {
        Profile::Debug => sizes[SIZES],
        Profile::Release => sizes[1],
        Profile::Bench => sizes[SIZES + 4] / 0,
    }
}

fn log_every(sizes: [usize; SIZES]) -> usize {
    match LEVEL {
        0 => sizes[5],
        1 => sizes[0] * 2,
        _ => sizes[2] / 0,
    }
}

fn describe() -> &'static str {
    if let Profile::Debug = PROFILE {
        "debug"
    } else {
        "optimised"
    }
}

fn main() {
    let sizes = [64, 256, 1024];
    println!("profile {:?} is {}", PROFILE, describe());
    println!("buffer {}", buffer_size(sizes));
    println!("log every {}", log_every(sizes));
    let others = [Profile::Debug, Profile::Bench];
    for p in others {
        println!("{:?} differs: {}", p, p != PROFILE);
    }
}
