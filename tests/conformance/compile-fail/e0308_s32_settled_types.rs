// A parking meter whose branches disagree on their types: once a `match`,
// `if` or `loop` has reported one mismatch, its value is not compared again.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Zone {
    Centre,
    Suburb,
    Harbour(u8),
}

fn rate(z: Zone) -> u32 {
    match z {
        Zone::Centre => 250,
        Zone::Suburb => {
            println!("suburb rate");
        }
        Zone::Harbour(0) => "free",
        Zone::Harbour(level) => { level as u64 * 40 }
    }
}

fn minutes_paid(coins: &[u32; 4]) -> u32 {
    let total = if coins[0] == 0 { () } else { coins[0] + coins[1] };
    total * 3
}

fn first_full(levels: &[u8; 5]) -> usize {
    let mut i = 0;
    let at = loop {
        if i == levels.len() {
            break;
        }
        if levels[i] == 100 {
            break i;
        }
        if levels[i] > 100 {
            break "overfull";
        }
        i += 1;
    };
    at
}

fn label(z: Zone) -> &'static str {
    let name = match z {
        Zone::Centre => (),
        Zone::Suburb => "suburb",
        Zone::Harbour(_) => 7,
    };
    name
}

fn main() {
    let zones = [Zone::Centre, Zone::Suburb, Zone::Harbour(2)];
    for z in zones {
        println!("{:?}: {} {}", z, rate(z), label(z));
    }
    println!("{}", minutes_paid(&[1, 2, 3, 4]));
    println!("{}", first_full(&[10, 100, 20, 30, 40]));
}
