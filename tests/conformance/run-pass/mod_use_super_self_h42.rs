// use declarations, `as` renames, `super` and `self`, globs.
mod deeply {
    pub mod nested {
        pub fn function() {
            println!("called `deeply::nested::function()`");
        }

        pub const DEPTH: u32 = 2;
    }
}

mod cool {
    pub fn function() {
        println!("called `cool::function()`");
    }
}

mod my {
    fn function() {
        println!("called `my::function()`");
    }

    mod cool {
        pub fn function() {
            println!("called `my::cool::function()`");
        }
    }

    pub mod units {
        pub const KM: u32 = 1000;
        pub const M: u32 = 1;

        pub fn convert(km: u32) -> u32 {
            km * KM / M
        }
    }

    pub fn indirect_call() {
        print!("called `my::indirect_call()`, that\n> ");
        self::function();
        function();
        self::cool::function();
        super::function();
        {
            use crate::cool::function as root_function;
            root_function();
        }
    }
}

fn function() {
    println!("called `function()`");
}

use deeply::nested::{function as other_function, DEPTH};
use my::units::*;

fn main() {
    other_function();
    println!("depth {}", DEPTH);
    my::indirect_call();
    println!("3 km = {} m", convert(3));
    println!("{}", KM);
    {
        use crate::deeply::nested::function;
        function();
    }
    function();
}
