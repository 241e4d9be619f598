#include "internal/huge_pages.h"

#include <cstdlib>

#if defined(__linux__)
#include <sys/mman.h>
#endif

namespace cognito_fake {
namespace internal {

namespace {
std::size_t WholeHugePages(std::size_t bytes) { return (bytes + kHugePageBytes - 1) / kHugePageBytes * kHugePageBytes; }
}  // namespace

void* AllocateLarge(std::size_t bytes) {
  if (bytes < kHugePageBytes) return ::operator new(bytes);
  const std::size_t size = WholeHugePages(bytes);
  void* memory = std::aligned_alloc(kHugePageBytes, size);
  if (memory == nullptr) throw std::bad_alloc();
#if defined(__linux__) && defined(MADV_HUGEPAGE)
  madvise(memory, size, MADV_HUGEPAGE);  // advice: where it is refused, small pages serve
#endif
  return memory;
}

void DeallocateLarge(void* memory, std::size_t bytes) noexcept {
  if (bytes < kHugePageBytes) {
    ::operator delete(memory);
  } else {
    std::free(memory);
  }
}

}  // namespace internal
}  // namespace cognito_fake
