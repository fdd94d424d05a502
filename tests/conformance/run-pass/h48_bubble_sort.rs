// Sorting in place through &mut [i32], with a swap helper and pass counting.
fn swap_at(xs: &mut [i32], i: usize, j: usize) {
    let t = xs[i];
    xs[i] = xs[j];
    xs[j] = t;
}

fn bubble(xs: &mut [i32]) -> u32 {
    let mut passes = 0;
    let n = xs.len();
    if n < 2 {
        return 0;
    }
    loop {
        let mut swapped = false;
        for i in 1..n {
            if xs[i - 1] > xs[i] {
                swap_at(xs, i - 1, i);
                swapped = true;
            }
        }
        passes += 1;
        if !swapped {
            break passes;
        }
    }
}

fn is_sorted(xs: &[i32]) -> bool {
    for i in 1..xs.len() {
        if xs[i - 1] > xs[i] {
            return false;
        }
    }
    true
}

fn reverse(xs: &mut [i32]) {
    let n = xs.len();
    for i in 0..n / 2 {
        swap_at(xs, i, n - 1 - i);
    }
}

fn main() {
    let mut data = [42, -7, 19, 0, 3, 3, 100, -50];
    println!("before {:?} sorted={}", data, is_sorted(&data));
    let p = bubble(&mut data);
    println!("after  {:?} in {p} passes", data);
    reverse(&mut data[2..6]);
    println!("mid reversed {:?}", data);
    let p2 = bubble(&mut data[..4]);
    println!("front sorted {:?} in {p2}", data);
    let mut one = [5];
    println!("single passes {}", bubble(&mut one));
    let tail = &mut data[6..];
    tail[0] = -tail[0];
    println!("tail {:?}", tail);
}
