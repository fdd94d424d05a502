// Sorting algorithms compared on the same data: selection, insertion and bubble sort.
const DATA: [i32; 10] = [29, -3, 72, 8, 8, 41, 0, -15, 63, 12];

fn selection(a: &mut [i32]) -> u32 {
    let mut swaps = 0;
    for i in 0..a.len() {
        let mut min = i;
        for j in i + 1..a.len() {
            if a[j] < a[min] {
                min = j;
            }
        }
        if min != i {
            let t = a[i];
            a[i] = a[min];
            a[min] = t;
            swaps += 1;
        }
    }
    swaps
}

fn insertion(a: &mut [i32]) -> u32 {
    let mut shifts = 0;
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
            shifts += 1;
        }
        a[j] = key;
    }
    shifts
}

fn bubble(a: &mut [i32]) -> u32 {
    let mut passes = 0;
    let mut swapped = true;
    while swapped {
        swapped = false;
        passes += 1;
        for i in 1..a.len() {
            if a[i - 1] > a[i] {
                let t = a[i];
                a[i] = a[i - 1];
                a[i - 1] = t;
                swapped = true;
            }
        }
    }
    passes
}

fn is_sorted(a: &[i32]) -> bool {
    for i in 1..a.len() {
        if a[i - 1] > a[i] {
            return false;
        }
    }
    true
}

fn main() {
    let mut a = DATA;
    let mut b = DATA;
    let mut c = DATA;
    println!("selection: {} swaps", selection(&mut a));
    println!("insertion: {} shifts", insertion(&mut b));
    println!("bubble:    {} passes", bubble(&mut c));
    println!("{:?} sorted={}", a, is_sorted(&a));
    assert!(a == b && b == c);
    let mut part = DATA;
    insertion(&mut part[2..7]);
    println!("partially sorted {:?}", part);
}
