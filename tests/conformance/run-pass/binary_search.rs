// Binary search variants (exact, lower bound, upper bound) on a sorted slice.
fn find(sorted: &[i32], target: i32) -> isize {
    let (mut lo, mut hi) = (0usize, sorted.len());
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if sorted[mid] == target {
            return mid as isize;
        } else if sorted[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    -1
}

fn lower_bound(sorted: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0, sorted.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if sorted[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn upper_bound(sorted: &[i32], target: i32) -> usize {
    let (mut lo, mut hi) = (0, sorted.len());
    while lo < hi {
        let mid = (lo + hi) / 2;
        if sorted[mid] <= target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn main() {
    let data = [-8, -3, 0, 2, 2, 2, 5, 9, 14, 14, 21, 30];
    for t in [2, 14, 7, -8, 30, 31, -100] {
        let lb = lower_bound(&data, t);
        let ub = upper_bound(&data, t);
        println!("{:>4}: find {:>3} lower {:>2} upper {:>2} count {}", t, find(&data, t), lb, ub, ub - lb);
    }
    let window = &data[3..9];
    println!("in window {:?}: 5 at {}", window, find(window, 5));
}
