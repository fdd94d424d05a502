// Presets kept in statics and consts: a const is copied on each use, a static is a place.
#[derive(Debug)]
struct Preset {
    name_len: usize,
    volume: u8,
    eq: [i8; 3],
}

#[derive(Debug)]
enum Mode {
    Flat,
    Custom(Preset),
}

const FLAT: Preset = Preset { name_len: 4, volume: 50, eq: [0, 0, 0] };
static ROCK: Preset = Preset { name_len: 4, volume: 70, eq: [3, -1, 4] };
static BANK: [Preset; 2] = [
    Preset { name_len: 4, volume: 60, eq: [1, 0, 1] },
    Preset { name_len: 5, volume: 40, eq: [-2, 0, 2] },
];
const MODES: [Mode; 2] = [Mode::Flat, Mode::Custom(FLAT)];

fn pick(i: usize) -> Preset {
    match i {
        0 => FLAT,
        1 => ROCK,
        _ => BANK[i - 2],
    }
}

fn volume_of(i: usize) -> u8 {
    if i == 0 { ROCK.volume } else { BANK[i % 2].volume }
}

fn eq_of_rock() -> [i8; 3] {
    ROCK.eq
}

fn first_mode() -> Mode {
    let [m, _] = MODES;
    m
}

fn rock_ref() -> &'static Preset {
    &ROCK
}

fn main() {
    println!("{} {:?} {:?}", volume_of(3), eq_of_rock(), first_mode());
    println!("{:?} {}", pick(2), rock_ref().name_len);
    let p = FLAT;
    let q = BANK;
    println!("{:?} {:?}", p, q);
}
