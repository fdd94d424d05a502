// Sorting and searching on slices: insertion sort, shell sort, lower bound, dedup in place.
fn insertion_sort(a: &mut [i32]) {
    for i in 1..a.len() {
        let key = a[i];
        let mut j = i;
        while j > 0 && a[j - 1] > key {
            a[j] = a[j - 1];
            j -= 1;
        }
        a[j] = key;
    }
}

fn shell_sort(a: &mut [i32]) {
    let mut gap = a.len() / 2;
    while gap > 0 {
        for i in gap..a.len() {
            let mut j = i;
            while j >= gap && a[j - gap] > a[j] {
                (a[j - gap], a[j]) = (a[j], a[j - gap]);
                j -= gap;
            }
        }
        gap /= 2;
    }
}

fn is_sorted(a: &[i32]) -> bool {
    for w in 1..a.len() {
        if a[w - 1] > a[w] {
            return false;
        }
    }
    true
}

/// First index whose element is >= target.
fn lower_bound(a: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0usize, a.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if a[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// Removes adjacent duplicates, returns the new logical length.
fn dedup(a: &mut [i32]) -> usize {
    if a.is_empty() {
        return 0;
    }
    let mut w = 1;
    for r in 1..a.len() {
        if a[r] != a[w - 1] {
            a[w] = a[r];
            w += 1;
        }
    }
    w
}

fn fill_pseudo(a: &mut [i32], mut seed: u64) {
    for slot in a.iter_mut() {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        *slot = (seed % 50) as i32 - 10;
    }
}

fn main() {
    let mut a = [0i32; 20];
    fill_pseudo(&mut a, 0x9E37_79B9_7F4A_7C15);
    let mut b = a;
    println!("input:  {:?}", a);
    insertion_sort(&mut a);
    shell_sort(&mut b[..]);
    assert_eq!(a, b);
    assert!(is_sorted(&a));
    println!("sorted: {:?}", a);
    for t in [-20, 0, 7, 39, 100] {
        let i = lower_bound(&a, t);
        let found = i < a.len() && a[i] == t;
        println!("lower_bound({:>3}) = {:>2} found={}", t, i, found);
    }
    let n = dedup(&mut a);
    println!("unique ({}): {:?}", n, &a[..n]);
    let mut tail = [5, 3, 3, 1];
    insertion_sort(&mut tail[1..]);
    println!("{:?}", tail);
    let empty: [i32; 0] = [];
    println!("empty sorted={} lb={}", is_sorted(&empty), lower_bound(&empty, 3));
}
