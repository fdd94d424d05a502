// lints: unused_labels while_true
// Labels on loops and blocks that nothing jumps to, and a `while true` loop.
fn checksum(rows: &[[u8; 3]]) -> u32 {
    let mut sum = 0u32;
    'rows: for row in rows {
        'cells: for &c in row {
            if c == 0 {
                continue 'cells;
            }
            sum += c as u32;
        }
    }
    let bonus = 'calc: {
        if sum > 100 { 10 } else { 0 }
    };
    sum + bonus
}

fn poll(limit: u32) -> u32 {
    let mut n = 0;
    'poll: while true {
        n += 3;
        if n > limit {
            break;
        }
    }
    n
}

fn main() {
    let rows = [[1, 0, 3], [50, 60, 0]];
    println!("{} {}", checksum(&rows), poll(10));
}
