// Batch uploader: a non-Copy batch is moved inside loops.
#[derive(Debug)]
struct Batch {
    id: u32,
    rows: [u16; 4],
}

#[derive(Debug, Clone, Copy)]
struct Stamp {
    secs: u64,
}

fn upload(b: Batch, at: Stamp) -> u32 {
    println!("upload {} at {}", b.id, at.secs);
    b.rows.len() as u32
}

fn main() {
    let batch = Batch { id: 1, rows: [1, 2, 3, 4] };
    let stamp = Stamp { secs: 1_700_000_000 };
    let mut sent = 0;
    for attempt in 0..3 {
        sent += upload(batch, stamp);
        if attempt == 1 {
            break;
        }
    }
    let mut pending = Batch { id: 2, rows: [0; 4] };
    let mut round = 0;
    while round < 2 {
        let taken = pending;
        println!("{:?}", taken.rows);
        if round == 0 {
            pending = Batch { id: 3, rows: [9; 4] };
        }
        round += 1;
    }
    println!("{} {} {}", sent, stamp.secs, pending.id);
    let last = Batch { id: 4, rows: [1; 4] };
    loop {
        let b = last;
        println!("{}", b.id);
        if round > 5 {
            break;
        }
        round += 1;
    }
}
