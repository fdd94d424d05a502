fn main() { let t = (1, 2); let _ = t.1e5; }
