fn retry<F: FnMut() -> Result<u32, String>>(mut op: F, attempts: u32) -> Result<u32, Vec<String>> {
    let mut errors = Vec::new();
    for _ in 0..attempts {
        match op() {
            Ok(v) => return Ok(v),
            Err(e) => errors.push(e),
        }
    }
    Err(errors)
}

fn main() {
    let mut calls = 0;
    let result = retry(|| {
        calls += 1;
        if calls < 3 {
            Err(format!("attempt {calls} failed"))
        } else
            Ok(calls * 10)
        }
    }, 5);
    println!("{:?}", result);
}
