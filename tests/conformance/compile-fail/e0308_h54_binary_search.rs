// Binary search exercise on a sorted slice, returning the index or -1.
fn binary_search(haystack: &[i32], needle: i32) -> i32 {
    let mut low = 0;
    let mut high = haystack.len() - 1;
    while low <= high {
        let mid = (low + high) / 2;
        if haystack[mid] == needle {
            return mid;
        } else if haystack[mid] < needle {
            low = mid + 1;
        } else {
            if mid == 0 {
                break;
            }
            high = mid - 1;
        }
    }
    -1
}

fn lower_bound(haystack: &[i32], needle: i32) -> usize {
    let mut lo = 0;
    let mut hi = haystack.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if haystack[mid] < needle {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn count_in_range(haystack: &[i32], from: i32, to: i32) -> usize {
    lower_bound(haystack, to) - lower_bound(haystack, from)
}

fn main() {
    let data = [1, 3, 3, 5, 8, 13, 21, 34, 55, 89];
    let targets = [1, 5, 6, 89, 100, -4];
    for t in targets {
        let idx = binary_search(&data, t);
        if idx >= 0 {
            println!("{} found at {}", t, idx);
        } else {
            println!("{} not found (would insert at {})", t, lower_bound(&data, t));
        }
    }
    println!("values in [3, 21): {}", count_in_range(&data, 3, 21));
}
