#ifndef COGNITO_FAKE_ASYNC_H_
#define COGNITO_FAKE_ASYNC_H_

/// @file
/// Asynchronous forms of every operation, shaped like aws-sdk-cpp's:
/// `XCallable(request)` returns a `std::future`, `XAsync(request, handler)`
/// calls `handler(provider, request, result)` when the call is done.
///
/// ```cpp
/// cognito_fake::AsyncCaller async(fake);
/// auto pending = async.AdminResetUserPasswordCallable({pool_id, "alice", {}});
/// EXPECT_TRUE(pending.get().ok());
/// async.ForgotPasswordAsync(request, [](const auto&, const auto&, const auto& result) { ... });
/// async.WaitForAll();
/// ```

#include <cognito_fake/identity_provider.h>
#include <cognito_fake/operation.h>

#include <functional>
#include <future>
#include <mutex>
#include <utility>
#include <vector>

namespace cognito_fake {

/// Runs calls on `provider` on other threads. Every call is finished before
/// the caller is destroyed (`WaitForAll`), so the provider may be a local of
/// the test.
class AsyncCaller {
 public:
  /// Calls go to `provider`, which must outlive this object.
  explicit AsyncCaller(IdentityProvider& provider) : provider_(provider) {}
  ~AsyncCaller() { WaitForAll(); }
  AsyncCaller(const AsyncCaller&) = delete;
  AsyncCaller& operator=(const AsyncCaller&) = delete;

  /// Blocks until every call started so far (and its handler) has finished.
  void WaitForAll() {
    std::vector<std::shared_future<void>> pending;
    {
      std::lock_guard<std::mutex> lock(mu_);
      pending.swap(pending_);
    }
    for (auto& call : pending) call.wait();
  }

#define COGNITO_FAKE_ASYNC_METHODS(Name)                                                        \
  /** The handler of `Name##Async`: `(provider, request, result)`. */                          \
  using Name##Handler = std::function<void(const IdentityProvider&, const Name##Request&,      \
                                           const StatusOr<Name##Response>&)>;                   \
  /** Starts `Name` on another thread; the future holds its result. */                         \
  std::future<StatusOr<Name##Response>> Name##Callable(Name##Request request) {                \
    auto promise = std::make_shared<std::promise<StatusOr<Name##Response>>>();                 \
    auto result = promise->get_future();                                                       \
    Start([this, promise, request = std::move(request)] {                                      \
      promise->set_value(provider_.Name(request));                                             \
    });                                                                                        \
    return result;                                                                             \
  }                                                                                            \
  /** Starts `Name` on another thread and calls `handler` with the result. */                  \
  void Name##Async(Name##Request request, Name##Handler handler) {                             \
    Start([this, request = std::move(request), handler = std::move(handler)] {                 \
      const StatusOr<Name##Response> result = provider_.Name(request);                         \
      if (handler) handler(provider_, request, result);                                        \
    });                                                                                        \
  }
  /// @cond
  COGNITO_FAKE_FOR_EACH_OPERATION(COGNITO_FAKE_ASYNC_METHODS)
  /// @endcond
#undef COGNITO_FAKE_ASYNC_METHODS

 private:
  void Start(std::function<void()> work) {
    std::shared_future<void> call = std::async(std::launch::async, std::move(work)).share();
    std::lock_guard<std::mutex> lock(mu_);
    pending_.push_back(std::move(call));
  }

  IdentityProvider& provider_;
  std::mutex mu_;
  std::vector<std::shared_future<void>> pending_;
};

}  // namespace cognito_fake

#endif  // COGNITO_FAKE_ASYNC_H_
