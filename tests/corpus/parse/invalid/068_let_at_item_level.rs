use std::time::Duration;

let DEFAULT_TIMEOUT: Duration = Duration::from_secs(5);

fn main() {
    println!("{:?}", Duration::from_millis(10));
}

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_still_works() {
        assert_eq!(2 + 2, 4);
        assert!(10 > 3);
    }
}
