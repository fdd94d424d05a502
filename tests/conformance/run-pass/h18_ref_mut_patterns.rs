// `ref mut` and `ref` bindings in lets, matches and tuple patterns, and `&mut` through
// arrays of tuples.
#[derive(Debug)]
struct Account {
    owner: &'static str,
    balance: i64,
    frozen: bool,
}

#[derive(Debug)]
enum Slot {
    Empty,
    Held(Account),
}

fn deposit_all(slots: &mut [Slot; 3], amount: i64) -> u32 {
    let mut touched = 0;
    for slot in slots.iter_mut() {
        match slot {
            Slot::Held(Account { frozen: false, ref mut balance, .. }) => {
                *balance += amount;
                touched += 1;
            }
            Slot::Held(acct) => acct.frozen = false,
            Slot::Empty => {}
        }
    }
    touched
}

fn main() {
    let mut pair = (3, [1u8, 2, 3]);
    {
        let (ref mut n, ref mut bytes) = pair;
        *n *= 7;
        bytes[1] = 20;
    }
    let (ref n, _) = pair;
    println!("{} {:?}", n, pair.1);

    let mut slots = [
        Slot::Held(Account { owner: "ann", balance: 10, frozen: false }),
        Slot::Empty,
        Slot::Held(Account { owner: "bo", balance: -3, frozen: true }),
    ];
    let first = deposit_all(&mut slots, 5);
    let second = deposit_all(&mut slots, 5);
    println!("touched {} then {}", first, second);
    for s in &slots {
        if let Slot::Held(Account { owner, balance, frozen }) = s {
            println!("{:>4} {:>4} {}", owner, balance, frozen);
        }
    }

    let mut counters = [(0u32, 'a'), (0, 'e'), (0, 'o')];
    let text = b"a quick brown fox jumps over the lazy dog and goes home";
    for ch in text.iter() {
        for (count, vowel) in counters.iter_mut() {
            if *ch == *vowel as u8 {
                *count += 1;
            }
        }
    }
    println!("{:?}", counters);

    let mut value = 41;
    match value {
        ref mut v if *v % 2 == 1 => *v += 1,
        _ => {}
    }
    println!("value {}", value);
}
