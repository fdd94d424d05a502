// Items declared inside function bodies and blocks: fns, structs, impls, enums, uses, consts, statics, traits.
fn solve(input: &str) -> usize {
    use std::collections::HashSet;

    const LIMIT: usize = 100;
    static SEPARATORS: &[char] = &[',', ';', ' '];

    #[derive(Debug, Hash, PartialEq, Eq)]
    struct Token<'a>(&'a str);

    impl Token<'_> {
        fn is_number(&self) -> bool {
            !self.0.is_empty() && self.0.bytes().all(|b| b.is_ascii_digit())
        }
    }

    enum Kind {
        Number,
        Word,
    }

    trait Classify {
        fn kind(&self) -> Kind;
    }

    impl Classify for Token<'_> {
        fn kind(&self) -> Kind {
            if self.is_number() { Kind::Number } else { Kind::Word }
        }
    }

    fn helper(t: &Token<'_>) -> usize {
        match t.kind() {
            Kind::Number => t.0.parse().unwrap_or(0),
            Kind::Word => t.0.len(),
        }
    }

    let unique: HashSet<Token<'_>> = input.split(SEPARATORS).filter(|s| !s.is_empty()).map(Token).collect();
    let total: usize = unique.iter().map(helper).sum();
    total.min(LIMIT)
}

fn main() {
    {
        fn inner() -> &'static str {
            "nested block fn"
        }
        println!("{}", inner());
    }
    let closure = || {
        struct Local;
        impl Local {
            const N: u8 = 3;
        }
        Local::N
    };
    println!("{} {}", solve("a, 10;bb 10 7"), closure());
    if true {
        macro_rules! twice {
            ($e:expr) => {
                ($e) * 2
            };
        }
        println!("{}", twice!(21));
    }
    mod_like();
}

fn mod_like() {
    mod inner {
        pub fn f() -> u8 {
            1
        }
    }
    extern crate core as my_core;
    type Alias = my_core::primitive::u8;
    let v: Alias = inner::f();
    println!("{v}");
}
