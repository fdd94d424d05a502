fn in_range(value: i32, low: i32, high: i32) -> bool {
    low <= value < high
}

fn main() {
    for v in [1, 5, 10] {
        println!("{} {}", v, in_range(v, 2, 8));
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_still_works() {
        assert_eq!(2 + 2, 4);
        assert!(10 > 3);
    }
}
