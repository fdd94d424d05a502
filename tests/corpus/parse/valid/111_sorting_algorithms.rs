// Generic sorting algorithms: insertion sort, merge sort, quicksort with a comparator closure.
use std::cmp::Ordering;

pub fn insertion_sort<T: Ord>(v: &mut [T]) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

pub fn merge_sort<T: Clone, F>(v: &[T], cmp: &F) -> Vec<T>
where
    F: Fn(&T, &T) -> Ordering,
{
    if v.len() <= 1 {
        return v.to_vec();
    }
    let (l, r) = v.split_at(v.len() / 2);
    let (l, r) = (merge_sort(l, cmp), merge_sort(r, cmp));
    let mut out = Vec::with_capacity(v.len());
    let (mut i, mut j) = (0, 0);
    while i < l.len() && j < r.len() {
        if cmp(&l[i], &r[j]) != Ordering::Greater {
            out.push(l[i].clone());
            i += 1;
        } else {
            out.push(r[j].clone());
            j += 1;
        }
    }
    out.extend_from_slice(&l[i..]);
    out.extend_from_slice(&r[j..]);
    out
}

pub fn quicksort<T: PartialOrd + Copy>(v: &mut [T]) {
    let mut stack = vec![(0usize, v.len())];
    while let Some((lo, hi)) = stack.pop() {
        if hi - lo < 2 {
            continue;
        }
        let pivot = v[lo + (hi - lo) / 2];
        let (mut i, mut j) = (lo, hi - 1);
        loop {
            while v[i] < pivot {
                i += 1;
            }
            while v[j] > pivot {
                j -= 1;
            }
            if i >= j {
                break;
            }
            v.swap(i, j);
            i += 1;
            j -= 1;
        }
        stack.push((lo, j + 1));
        stack.push((j + 1, hi));
    }
}

fn is_sorted_by<T, F: Fn(&T, &T) -> bool>(v: &[T], le: F) -> bool {
    v.windows(2).all(|w| le(&w[0], &w[1]))
}

fn main() {
    let mut a = [5, 2, 9, 1, 5, 6];
    insertion_sort(&mut a);
    let words = ["pear", "fig", "banana", "kiwi"];
    let by_len = merge_sort(&words, &|a: &&str, b: &&str| a.len().cmp(&b.len()).then_with(|| a.cmp(b)));
    let mut f = [3.5, -1.0, 2.25, 0.0, 9.75, 2.25];
    quicksort(&mut f);
    println!("{a:?} {by_len:?} {f:?}");
    println!("{}", is_sorted_by(&f, |x, y| x <= y));
}
