// Hand-written sorting with references, &mut to array elements, and shadowing.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Runner {
    bib: u16,
    time_s: f32,
}

fn swap_elems(a: &mut [Runner], i: usize, j: usize) {
    let tmp = a[i];
    a[i] = a[j];
    a[j] = tmp;
}

fn bubble_sort(a: &mut [Runner]) -> u32 {
    let mut swaps = 0;
    let n = a.len();
    for pass in 0..n {
        let mut swapped = false;
        for i in 0..n - 1 - pass {
            if a[i].time_s > a[i + 1].time_s {
                swap_elems(a, i, i + 1);
                swaps += 1;
                swapped = true;
            }
        }
        if !swapped {
            break;
        }
    }
    swaps
}

fn fastest(a: &[Runner]) -> &Runner {
    let mut best = &a[0];
    for r in a {
        if r.time_s < best.time_s {
            best = r;
        }
    }
    best
}

fn penalize(r: &mut Runner, seconds: f32) {
    r.time_s += seconds;
}

fn main() {
    let mut field = [
        Runner { bib: 12, time_s: 63.5 },
        Runner { bib: 7, time_s: 59.25 },
        Runner { bib: 31, time_s: 61.0 },
        Runner { bib: 4, time_s: 70.75 },
        Runner { bib: 19, time_s: 58.5 },
    ];
    let leader = fastest(&field);
    println!("leader before: {:?}", leader);
    let first = &mut field[4];
    penalize(first, 3.0);
    field[0].time_s -= 5.0;
    let swaps = bubble_sort(&mut field);
    println!("swaps: {swaps}");
    for (place, r) in field.iter().enumerate() {
        println!("{}. bib {:>2} {:>6.2}s", place + 1, r.bib, r.time_s);
    }
    let podium = &field[..3];
    let podium = podium.len();
    println!("podium size {podium}");
    let same = field[0] == Runner { bib: 7, time_s: 59.25 };
    let r0 = &field[0];
    let r1 = &&field[1];
    println!("{} {} {}", same, r0.bib, r1.bib);
    println!("{}", (*r0).time_s < r1.time_s);
    println!("{}", field[0] < field[1]);
}
