use std::collections::HashMap as;

fn main() {
    let m: std::collections::HashMap<u8, u8> = Default::default();
    println!("{}", m.len());
}

#[cfg(test)]
mod tests {
    #[test]
    fn arithmetic_still_works() {
        assert_eq!(2 + 2, 4);
        assert!(10 > 3);
    }
}
